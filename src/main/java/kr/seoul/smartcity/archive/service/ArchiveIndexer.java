package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveStore;
import kr.seoul.smartcity.archive.domain.OutboxEntry;
import kr.seoul.smartcity.archive.domain.PassageVectorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Drains the archive outbox into Elasticsearch on its own thread: every few seconds, and at once when asked. A
 * failed entry stays in the outbox with its error and is tried again after an exponential backoff, so nothing is
 * lost while Elasticsearch is down. Rebuilds run on the same thread, so they never interleave with a drain: changes
 * made during a rebuild wait in the outbox and reach the new index afterwards.
 */
@Service
public class ArchiveIndexer extends BackgroundThread {

    private static final Logger log = LoggerFactory.getLogger(ArchiveIndexer.class);
    private static final int BATCH = 200;
    private static final Duration WAIT = Duration.ofMinutes(10);

    private final ArchiveStore store;
    private final ArchiveIndex index;
    private final ArchiveProperties properties;
    private final PassageVectorStore vectors;
    private final PassageEmbedder embedder;
    private final Clock clock;
    private final ArchiveMetrics metrics;
    private volatile boolean aliasReady;
    private volatile String lastError;

    ArchiveIndexer(
            ArchiveStore store,
            ArchiveIndex index,
            ArchiveProperties properties,
            PassageVectorStore vectors,
            PassageEmbedder embedder,
            Clock clock,
            ArchiveMetrics metrics) {
        super("archive-indexer");
        this.store = store;
        this.index = index;
        this.properties = properties;
        this.vectors = vectors;
        this.embedder = embedder;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** What one drain did. */
    public record DrainResult(int indexed, int deleted, int failed, long pending) {}

    /** What a rebuild did. */
    public record RebuildResult(String index, long documents, long millis) {}

    /**
     * Drains the whole outbox now, retrying entries that are waiting out a backoff, and waits until done.
     *
     * @return what was written; failures stay in the outbox
     */
    public DrainResult drainNow() {
        return onIndexerThread(() -> drain(true));
    }

    /**
     * Builds a new versioned index from PostgreSQL, then points the alias at it atomically and deletes the old one.
     * Searches keep using the old index until the switch.
     *
     * @throws ArchiveUnavailableException if Elasticsearch cannot be reached
     */
    public RebuildResult rebuild() {
        return onIndexerThread(this::rebuildNow);
    }

    /** Entries waiting in the outbox. */
    public long pending() {
        return store.outboxSize();
    }

    /** The last indexing error, or null after a successful drain. */
    public String lastError() {
        return lastError;
    }

    /** The index next to PostgreSQL and the outbox, with at most {@code failingLimit} failing entries. */
    public ArchiveIndexStatus status(int failingLimit) {
        List<String> indices = List.of();
        Long indexed = null;
        String unreachable = null;
        try {
            indices = List.copyOf(index.indicesBehindAlias());
            indexed = index.count();
        } catch (IOException | RuntimeException e) {
            unreachable = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return new ArchiveIndexStatus(
                index.alias(),
                indices,
                indexed,
                store.count(),
                store.outboxSize(),
                store.failingOutbox(failingLimit),
                lastError,
                unreachable);
    }

    DrainResult drain(boolean ignoreBackoff) {
        int indexed = 0;
        int deleted = 0;
        int failed = 0;
        while (true) {
            List<OutboxEntry> entries = store.dueOutbox(clock.instant(), BATCH, ignoreBackoff);
            if (entries.isEmpty()) {
                break;
            }
            Map<Long, List<OutboxEntry>> byItem = new LinkedHashMap<>();
            entries.forEach(entry -> byItem.computeIfAbsent(entry.itemId(), id -> new ArrayList<>())
                    .add(entry));
            try {
                if (!aliasReady) {
                    index.ensureAlias();
                    if (!index.analysedAsNow()) {
                        log.info("The archive index was analysed by an earlier version; rebuilding it from PostgreSQL");
                        rebuildNow();
                    }
                    aliasReady = true;
                }
                List<ArchiveItem> items = store.findAll(byItem.keySet());
                List<Long> present = items.stream().map(ArchiveItem::id).toList();
                List<Long> gone = byItem.keySet().stream()
                        .filter(id -> !present.contains(id))
                        .toList();
                Map<Long, String> failures =
                        index.bulk(index.alias(), items, store.extractedText(present), vectorsOf(present), gone);
                List<Long> done = new ArrayList<>();
                byItem.forEach((itemId, itemEntries) -> {
                    String error = failures.get(itemId);
                    itemEntries.forEach(entry -> {
                        if (error == null) {
                            done.add(entry.id());
                        } else {
                            retry(entry, error);
                        }
                    });
                });
                store.removeOutbox(done);
                indexed += items.size()
                        - (int) failures.keySet().stream()
                                .filter(present::contains)
                                .count();
                deleted += gone.size();
                failed += failures.size();
                lastError =
                        failures.isEmpty() ? null : failures.values().iterator().next();
                if (!failures.isEmpty()) {
                    break;
                }
            } catch (IOException | RuntimeException e) {
                aliasReady = false;
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("Archive indexing failed, {} entries wait in the outbox: {}", entries.size(), lastError);
                entries.forEach(entry -> retry(entry, lastError));
                failed += entries.size();
                break;
            }
        }
        DrainResult result = new DrainResult(indexed, deleted, failed, store.outboxSize());
        metrics.drained(result);
        return result;
    }

    /** The passage embeddings of the configured model, if there is one. */
    private Map<Long, List<float[]>> vectorsOf(List<Long> ids) {
        return embedder.configured() ? vectors.vectors(ids, embedder.modelId()) : Map.of();
    }

    private void retry(OutboxEntry entry, String error) {
        long seconds = 1L << Math.min(entry.attempts(), 20);
        Duration backoff = Duration.ofSeconds(seconds);
        if (backoff.compareTo(properties.maxBackoff()) > 0) {
            backoff = properties.maxBackoff();
        }
        store.retryOutbox(entry.id(), error, clock.instant().plus(backoff));
    }

    private RebuildResult rebuildNow() {
        long started = System.nanoTime();
        try {
            String target = index.nextVersion();
            index.create(target);
            long documents = 0;
            long after = 0;
            while (true) {
                List<Long> ids = store.idsAfter(after, 500);
                if (ids.isEmpty()) {
                    break;
                }
                List<ArchiveItem> items = store.findAll(ids);
                Map<Long, String> failures =
                        index.bulk(target, items, store.extractedText(ids), vectorsOf(ids), List.of());
                if (!failures.isEmpty()) {
                    throw new IllegalStateException("Could not index item "
                            + failures.keySet().iterator().next() + ": "
                            + failures.values().iterator().next() + "; the alias still points at the old index");
                }
                documents += items.size();
                after = ids.getLast();
            }
            index.refresh(target);
            index.switchAlias(target);
            aliasReady = true;
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("Archive index rebuilt from PostgreSQL into {}: {} documents in {} ms", target, documents, millis);
            return new RebuildResult(target, documents, millis);
        } catch (IOException e) {
            throw new ArchiveUnavailableException("The search index cannot be reached; nothing was switched", e);
        }
    }

    private <T> T onIndexerThread(java.util.concurrent.Callable<T> task) {
        try {
            return thread().submit(task).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the archive indexer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "The archive indexer did not finish within " + WAIT.toMinutes() + " min", e);
        }
    }

    private void drainQuietly() {
        try {
            drain(false);
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            log.warn("Archive outbox could not be read: {}", e.getMessage());
        }
    }

    /** On start: an index written by an earlier analysis is rebuilt, so that queries and documents agree. */
    private void rebuildIfAnalysedDifferently() {
        try {
            if (!index.indicesBehindAlias().isEmpty() && !index.analysedAsNow()) {
                log.info("The archive index was analysed by an earlier version; rebuilding it from PostgreSQL");
                rebuildNow();
            }
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "Could not check the archive index's analysis (checked again with the next change): {}",
                    e.toString());
        }
    }

    @Override
    void schedule(ScheduledExecutorService thread) {
        thread.execute(this::rebuildIfAnalysedDifferently);
        long period = properties.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::drainQuietly, period, period, TimeUnit.MILLISECONDS);
    }
}
