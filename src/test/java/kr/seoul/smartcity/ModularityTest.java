package kr.seoul.smartcity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features are Spring Modulith modules (one per top-level package): each declares in its {@code package-info.java}
 * the modules and named interfaces it may use, and exposes only its {@code service} package and the types marked
 * {@code @NamedInterface("model")} or {@code @NamedInterface("ui")}; {@code base} is open to all. The module
 * documentation in {@code docs/modules} (C4 component diagram, one diagram and canvas per module) is generated from
 * the code and checked to be current.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void featuresUseOnlyWhatTheyDeclareOfOtherFeaturesAndWhatThoseExpose() {
        MODULES.verify();
    }

    @Test
    void theModuleDocumentationInTheRepositoryIsTheCurrentOne() throws IOException {
        Path generated = Path.of("target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeDocumentation();
        if (Boolean.getBoolean("modules.docs.update")) {
            copy(generated, COMMITTED);
        }
        for (Path file : files(generated)) {
            Path committed = COMMITTED.resolve(generated.relativize(file));
            assertThat(committed)
                    .as(
                            "%s is committed; refresh docs/modules with "
                                    + "./mvnw test -Dtest=ModularityTest -Dmodules.docs.update=true",
                            committed)
                    .exists();
            // the Documenter writes the same lines in a different order from one run to the next
            assertThat(sortedLines(committed))
                    .as(
                            "%s is current; refresh docs/modules with "
                                    + "./mvnw test -Dtest=ModularityTest -Dmodules.docs.update=true",
                            committed)
                    .isEqualTo(sortedLines(file));
        }
        assertThat(files(COMMITTED))
                .as("no documentation of a module that is gone")
                .hasSameSizeAs(files(generated));
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Writes the generated files over the committed ones, leaving alone those whose lines are only reordered. */
    private static void copy(Path from, Path to) throws IOException {
        List<Path> generated = files(from);
        if (Files.exists(to)) {
            for (Path old : files(to)) {
                if (!Files.exists(from.resolve(to.relativize(old)))) {
                    Files.delete(old);
                }
            }
        }
        for (Path file : generated) {
            Path target = to.resolve(from.relativize(file));
            if (Files.exists(target) && sortedLines(target).equals(sortedLines(file))) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
