package kr.seoul.smartcity.summary.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.summary.domain.CacheKey;
import kr.seoul.smartcity.summary.domain.Summary;
import kr.seoul.smartcity.summary.domain.SummaryStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Summaries of reports and approval documents, for readers allowed to read them. With a model configured
 * ({@code city.summary.provider}) the model writes them, streamed, and they are cached with the document's checksum,
 * the model and the prompt version; without one, or when the model is down, too slow or answers nonsense, an
 * extractive summary appears instead, labelled with the reason. The flux never ends in an error.
 */
@Service
public class SummaryService {

    private static final Logger log = LoggerFactory.getLogger(SummaryService.class);

    private final DocumentSources sources;
    private final ExtractiveSummariser extractive;
    private final @Nullable Summariser model;
    private final SummaryStore store;
    private final SummaryMetrics metrics;

    SummaryService(
            DocumentSources sources,
            ExtractiveSummariser extractive,
            SummaryStore store,
            SummaryProperties properties,
            ObjectProvider<ChatModel> chatModel,
            java.time.Clock clock,
            SummaryMetrics metrics) {
        this.sources = sources;
        this.metrics = metrics;
        this.extractive = extractive;
        this.store = store;
        ChatModel chat = properties.modelConfigured() ? chatModel.getIfUnique() : null;
        if (properties.modelConfigured() && chat == null) {
            log.warn(
                    "city.summary.provider={} but Spring AI made no chat model for it: summaries are extractive",
                    properties.provider());
        }
        this.model = chat == null ? null : new ChatClientSummariser(chat, properties, clock);
    }

    /** Whether a language model is configured (else every summary is extractive). */
    public boolean modelConfigured() {
        return model != null;
    }

    /** The document with its passages, if it exists and the reader may read it. */
    public Optional<SourceDocument> document(@Nullable String username, Viewer viewer, DocumentRef ref) {
        return sources.find(username, viewer, ref);
    }

    /** The archive search results the reader may read, as one document titled after the query. */
    public Optional<SourceDocument> archiveResults(Viewer viewer, String title, List<Long> ids) {
        return sources.archiveResults(viewer, title, ids);
    }

    /**
     * Summarises the document in the reader's language: the cached summary if its key still holds, else a fresh one,
     * streamed. Cancel by disposing the subscription. Runs off the caller's thread.
     */
    public Flux<SummaryEvent> summarise(SourceDocument document, AppLanguage language) {
        if (model == null) {
            return fallback(document, language, FallbackReason.NOT_CONFIGURED);
        }
        CacheKey key = new CacheKey(
                document.source(), document.checksum(), model.model(), SummaryPrompt.VERSION, language.tag());
        return Flux.defer(() -> {
                    Optional<Summary> cached = store.find(key);
                    if (cached.isPresent()) {
                        metrics.answered("cached");
                        return Flux.<SummaryEvent>just(new SummaryEvent.Finished(cached.get()));
                    }
                    return model.summarise(document, language).doOnNext(event -> {
                        if (event instanceof SummaryEvent.Finished finished) {
                            metrics.answered("model");
                            save(key, finished.summary());
                        }
                    });
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(error -> {
                    FallbackReason reason = reason(error);
                    log.warn(
                            "Summary of {} by {} failed ({}): {}; showing the extractive summary",
                            document.source(),
                            model.model(),
                            reason,
                            error.toString());
                    return fallback(document, language, reason);
                });
    }

    private void save(CacheKey key, Summary summary) {
        try {
            store.save(key, summary);
        } catch (RuntimeException e) {
            log.warn("Could not cache the summary of {}: {}", key.source(), e.toString());
        }
    }

    private Flux<SummaryEvent> fallback(SourceDocument document, AppLanguage language, FallbackReason reason) {
        return Flux.defer(() -> {
                    metrics.fellBack(reason);
                    return Flux.<SummaryEvent>just(new SummaryEvent.Finished(
                            extractive.summary(document, language).withFallbackReason(reason.name())));
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    static FallbackReason reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return FallbackReason.TIMEOUT;
            }
            if (cause instanceof InvalidSummaryException) {
                return FallbackReason.INVALID_OUTPUT;
            }
            if (cause instanceof DocumentTooLongException) {
                return FallbackReason.TOO_LONG;
            }
        }
        return FallbackReason.UNAVAILABLE;
    }
}
