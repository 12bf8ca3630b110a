package kr.seoul.smartcity.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service process left running by a run that was killed (SIGKILL skips shutdown hooks; PostgreSQL and
 * Elasticsearch run in their own sessions and survive it), found through its pid file.
 */
final class StaleProcess {

    private static final Logger log = LoggerFactory.getLogger(StaleProcess.class);

    private StaleProcess() {}

    /** Stops the process named in the first line of the pid file, if it still runs, and removes the file. */
    static void stop(Path pidFile, String what) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            String firstLine =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            if (!firstLine.isEmpty()) {
                ProcessHandle.of(Long.parseLong(firstLine))
                        .filter(ProcessHandle::isAlive)
                        .ifPresent(process -> {
                            log.warn("Stopping {} left running by an earlier run (pid {})", what, process.pid());
                            terminate(process, Duration.ofSeconds(30));
                        });
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read the pid file {}: {}", pidFile, e.getMessage());
        }
    }

    /** SIGTERM, then SIGKILL if the process has not ended in time. */
    static void terminate(ProcessHandle process, Duration grace) {
        CompletableFuture<ProcessHandle> exited = process.onExit();
        process.destroy();
        try {
            exited.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
