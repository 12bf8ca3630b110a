package kr.seoul.smartcity.archive.cli;

import java.io.PrintStream;

import kr.seoul.smartcity.archive.service.ArchiveBulkImport;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveImportProperties;
import kr.seoul.smartcity.archive.service.ArchiveImportReport;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line bulk import: started with {@code --city.archive.import.folder=/path} (and optionally
 * {@code --city.archive.import.csv=/path/metadata.csv}), the application imports the folder as the system user
 * {@value #IMPORTED_BY}, prints the report, waits until the imported items are in the search index, and exits with
 * status 0 when every row was imported and 1 otherwise. It runs once the application is ready, after every
 * {@code ApplicationRunner} (so after the demo data of the embedded default, which is only added to an empty archive).
 */
@Component
@ConditionalOnProperty("city.archive.import.folder")
class ArchiveImportRunner implements ApplicationListener<ApplicationReadyEvent>, ExitCodeGenerator {

    static final String IMPORTED_BY = "system:import";

    private final ArchiveBulkImport bulkImport;
    private final ArchiveIndexer indexer;
    private final ArchiveImportProperties properties;
    private final ConfigurableApplicationContext context;
    private final PrintStream out = System.out;
    private volatile int exitCode = 1;
    private volatile ArchiveImportReport report;

    ArchiveImportRunner(
            ArchiveBulkImport bulkImport,
            ArchiveIndexer indexer,
            ArchiveImportProperties properties,
            ConfigurableApplicationContext context) {
        this.bulkImport = bulkImport;
        this.indexer = indexer;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() == context) {
            run();
        }
    }

    void run() {
        out.printf(
                "%n== Archive import from %s (metadata: %s), as %s%n",
                properties.folder(),
                properties.csv() == null ? "metadata.csv in the folder" : properties.csv(),
                IMPORTED_BY);
        ArchiveImportReport result = bulkImport.importFolder(
                properties.folder(),
                properties.csv(),
                ArchiveEditor.system(IMPORTED_BY),
                row -> out.printf(
                        "line %4d  %-8s  %s  %s%n",
                        row.line(),
                        row.outcome(),
                        row.file(),
                        row.outcome() == ArchiveImportReport.Outcome.IMPORTED
                                ? "-> item " + row.itemId()
                                : row.reason()));
        if (result.problem() != null) {
            out.println("Import refused: " + result.problem());
        } else {
            out.printf("%d rows: %d imported, %d failed%n", result.rows().size(), result.imported(), result.failed());
            if (!result.failures().isEmpty()) {
                out.println("Failed rows (line,file,reason):");
                out.print(result.failuresCsv());
            }
        }
        if (result.imported() > 0) {
            try {
                ArchiveIndexer.DrainResult drained = indexer.drainNow();
                out.printf(
                        "Search index: %d written, %d waiting in the outbox%s%n",
                        drained.indexed(),
                        drained.pending(),
                        drained.pending() > 0
                                ? " (indexed when Elasticsearch is reachable: " + indexer.lastError() + ")"
                                : "");
            } catch (RuntimeException e) {
                out.println("Search index not reached (" + e.getMessage()
                        + "); the items are stored and wait in the outbox");
            }
        }
        report = result;
        exitCode = result.allImported() ? 0 : 1;
        out.printf("Exit status %d%n%n", exitCode);
        out.flush();
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The report of the last run, or null before it ran. */
    ArchiveImportReport report() {
        return report;
    }
}
