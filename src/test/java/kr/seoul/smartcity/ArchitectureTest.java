package kr.seoul.smartcity;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.NamedInterface;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers inside a feature ({@code domain}, {@code service}, {@code ui}) and what stays out of production code.
 * The boundaries between features (declared APIs, no cycles, {@code base} knowing no feature) are checked by Spring
 * Modulith in {@link ModularityTest}.
 */
class ArchitectureTest {

    private static final String ROOT = "kr.seoul.smartcity";
    private static final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void aFeaturesTablesAreNeverPartOfItsApi() {
        noClasses()
                .that()
                .areAssignableTo(Repository.class)
                .or()
                .haveSimpleNameEndingWith("Store")
                .should()
                .beAnnotatedWith(NamedInterface.class)
                .orShould()
                .resideInAPackage("..service..")
                .check(production);
    }

    @Test
    void everyPackageIsNullMarked() {
        classes()
                .should(new ArchCondition<>("reside in a package marked @NullMarked (JSpecify)") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                            events.add(SimpleConditionEvent.violated(
                                    type, type.getPackageName() + " has no package-info.java with @NullMarked"));
                        }
                    }
                })
                .check(production);
    }

    @Test
    void domainDependsOnNeitherServicesNorViews() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..service..", "..ui..", "com.vaadin..")
                .check(production);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses()
                .that()
                .resideInAPackage("..service..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(production);
    }

    @Test
    void embeddedServicesAndDemoDataStayOutOfProductionCode() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.zonky..", ROOT + ".dev..")
                .check(production);
    }
}
