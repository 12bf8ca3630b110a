package kr.seoul.smartcity.summary.service;

import kr.seoul.smartcity.summary.domain.Summary;

/** What a running summary reports, in order: started, progress through the parts, partial text, the summary. */
public sealed interface SummaryEvent {

    /** Work began: {@code model} writes it in {@code parts} steps (one per chunk of a long document, then one more). */
    record Started(String model, int parts) implements SummaryEvent {}

    /** {@code done} of {@code parts} steps are finished. */
    record Progress(int done, int parts) implements SummaryEvent {}

    /** The final step's output so far, as the model streams it. */
    record Partial(String text) implements SummaryEvent {

        /** The lines complete so far, to show while the rest is written. */
        public java.util.List<String> lines() {
            return SummaryParser.linesSoFar(text);
        }
    }

    /** The summary, checked; the last event. */
    record Finished(Summary summary) implements SummaryEvent {}
}
