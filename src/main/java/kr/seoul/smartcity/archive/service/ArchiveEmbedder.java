package kr.seoul.smartcity.archive.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveStore;
import kr.seoul.smartcity.archive.domain.PassageVectorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Computes the embeddings of items' passages in the background when a model is configured: every few seconds the
 * items without embeddings for the model, a batch at a time; each item's vectors are stored in PostgreSQL and the
 * item goes through the outbox into the index with them. A failure is kept with the item and tried again after a
 * backoff; a change of model (or of an item) means the items are embedded again.
 */
@Service
public class ArchiveEmbedder extends BackgroundThread {

    private static final Logger log = LoggerFactory.getLogger(ArchiveEmbedder.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final PassageEmbedder embedder;
    private final PassageVectorStore vectors;
    private final ArchiveStore store;
    private final EmbeddingProperties properties;
    private final Clock clock;

    ArchiveEmbedder(
            PassageEmbedder embedder,
            PassageVectorStore vectors,
            ArchiveStore store,
            EmbeddingProperties properties,
            Clock clock) {
        super("archive-embedder");
        this.embedder = embedder;
        this.vectors = vectors;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Where the embeddings stand: for the admin page. {@code languages}: those whose queries are ranked by meaning
     * (empty: all).
     */
    public record Progress(
            boolean configured,
            String model,
            List<String> languages,
            long items,
            long embedded,
            long failing,
            String lastError) {

        /** Items not embedded yet, besides those whose embedding failed and waits out a backoff. */
        public long waiting() {
            return Math.max(0, items - embedded - failing);
        }
    }

    public Progress progress() {
        if (!embedder.configured()) {
            return new Progress(false, "", List.of(), store.count(), 0, 0, null);
        }
        String model = embedder.modelId();
        return new Progress(
                true,
                model,
                properties.languages(),
                store.count(),
                vectors.embedded(model),
                vectors.failing(model),
                vectors.lastError(model));
    }

    /**
     * Embeds one batch of waiting items now; how many were stored. An item that fails waits out a backoff; when the
     * model does not answer at all the rest of the batch waits for the next round.
     */
    public int embedBatch() {
        if (!embedder.configured()) {
            return 0;
        }
        String model = embedder.modelId();
        List<Long> waiting = vectors.waiting(model, clock.instant(), properties.batch());
        if (waiting.isEmpty()) {
            return 0;
        }
        List<ArchiveItem> items = store.findAll(waiting);
        Map<Long, String> texts = store.extractedText(waiting);
        int stored = 0;
        for (ArchiveItem item : items) {
            List<String> passages = ArchivePassages.of(
                    item, texts.getOrDefault(item.id(), ""), properties.passageChars(), properties.maxPassages());
            try {
                vectors.save(item.id(), model, embedder.embed(passages));
                stored++;
            } catch (RuntimeException e) {
                int attempts = vectors.attempts(item.id(), model);
                Duration backoff = Duration.ofSeconds(Math.min(MAX_BACKOFF.toSeconds(), 5L << Math.min(attempts, 12)));
                log.warn(
                        "Embedding archive item {} failed (attempt {}), tried again in {}: {}",
                        item.id(),
                        attempts + 1,
                        backoff,
                        e.getMessage());
                vectors.failed(
                        item.id(),
                        model,
                        e.getMessage() == null ? e.toString() : e.getMessage(),
                        clock.instant().plus(backoff));
                if (e instanceof EmbeddingUnavailableException && e.getCause() != null) {
                    break; // the model is not answering: the rest of the batch waits for the next round
                }
            }
        }
        return stored;
    }

    /**
     * Embeds until nothing is waiting but items whose embedding failed and waits out a backoff (each item is tried
     * at least once); for tests and benchmarks. How many were stored.
     */
    public int embedAll() {
        if (!embedder.configured()) {
            return 0;
        }
        int total = 0;
        while (!vectors.waiting(embedder.modelId(), clock.instant(), 1).isEmpty()) {
            total += embedBatch();
        }
        return total;
    }

    private void embedQuietly() {
        try {
            while (embedBatch() > 0) {
                // on while there is work
            }
        } catch (RuntimeException e) {
            log.warn("Archive embedding round failed: {}", e.toString());
        }
    }

    @Override
    void schedule(ScheduledExecutorService thread) {
        if (embedder.configured()) {
            long period = properties.pollInterval().toMillis();
            thread.scheduleWithFixedDelay(this::embedQuietly, period, period, TimeUnit.MILLISECONDS);
        }
    }
}
