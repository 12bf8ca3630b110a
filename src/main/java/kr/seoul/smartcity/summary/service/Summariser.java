package kr.seoul.smartcity.summary.service;

import kr.seoul.smartcity.base.i18n.AppLanguage;
import reactor.core.publisher.Flux;

/** Writes a summary of a document; the last event is {@link SummaryEvent.Finished}. */
interface Summariser {

    /** The name shown as the summary's author and kept in the cache key. */
    String model();

    Flux<SummaryEvent> summarise(SourceDocument document, AppLanguage language);
}
