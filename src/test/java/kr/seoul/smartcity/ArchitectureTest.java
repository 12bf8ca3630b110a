package kr.seoul.smartcity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature boundaries. Each top-level package is a feature with {@code domain}, {@code service} and {@code ui};
 * {@code base} is shared by all and knows none of them.
 */
class ArchitectureTest {

    private static final String ROOT = "kr.seoul.smartcity";
    private static final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void baseKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat(featureOtherThan("base"))
                .check(production);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void aFeatureReachesItsOwnTablesOnly() {
        classes().that().areAssignableTo(Repository.class)
                .should(beUsedOnlyWithinTheirFeature())
                .check(production);
    }

    @Test
    void domainDependsOnNeitherServicesNorViews() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..", "com.vaadin..")
                .check(production);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(production);
    }

    @Test
    void embeddedServicesAndDemoDataStayOutOfProductionCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.zonky..", ROOT + ".dev..")
                .check(production);
    }

    private static DescribedPredicate<JavaClass> featureOtherThan(String feature) {
        return DescribedPredicate.describe("belong to a feature other than " + feature,
                type -> type.getPackageName().startsWith(ROOT + ".")
                        && !featureOf(type).equals(feature));
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature() {
        return new ArchCondition<>("be used only within their feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(access -> !featureOf(access.getOriginClass()).equals(featureOf(repository)))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
            }
        };
    }

    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), ROOT.length() + 1));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
