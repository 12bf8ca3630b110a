package kr.seoul.smartcity.archive.cli;

import java.nio.file.Path;
import java.util.UUID;

import kr.seoul.smartcity.Application;
import kr.seoul.smartcity.archive.ImportFixture;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.dev.DevServices;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line import as an operator starts it: the whole application with {@code city.archive.import.folder}
 * set. The exit status is what {@link SpringApplication#exit} reports (the runner's own {@code System.exit} is switched
 * off, or it would end the test JVM).
 */
class ArchiveImportRunnerIT {

    @TempDir
    Path temp;

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(Application.class, DevServices.class)
                .run("--server.port=0", "--city.archive.import.exit=false", "--city.archive.import.folder=" + folder);
    }

    @Test
    void exitsWithZeroWhenEveryRowWasImportedAndTheItemsAreSearchable() throws Exception {
        String tag = "cli" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = ImportFixture.goodFolder(temp.resolve("good"), tag);

        try (ConfigurableApplicationContext context = start(folder)) {
            ArchiveImportRunner runner = context.getBean(ArchiveImportRunner.class);
            assertThat(runner.report().imported()).isEqualTo(1);
            // searchable at once: the runner waited for the index
            assertThat(context.getBean(ArchiveSearchService.class)
                            .search(Viewer.CITIZEN, ArchiveQuery.of(tag))
                            .hits())
                    .extracting(ArchiveHit::title)
                    .containsExactly("Meeting notes " + tag);
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }

    @Test
    void exitsWithOneWhenARowFailed() throws Exception {
        String tag = "cli" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = ImportFixture.folder(temp.resolve("mixed"), tag);

        try (ConfigurableApplicationContext context = start(folder)) {
            ArchiveImportRunner runner = context.getBean(ArchiveImportRunner.class);
            assertThat(runner.report().imported()).isEqualTo(3);
            assertThat(runner.report().failed()).isEqualTo(7);
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
    }

    @Test
    void exitsWithOneWhenTheFolderHasNoMetadata() {
        try (ConfigurableApplicationContext context = start(temp)) {
            assertThat(context.getBean(ArchiveImportRunner.class).report().problem())
                    .contains("does not exist");
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
    }
}
