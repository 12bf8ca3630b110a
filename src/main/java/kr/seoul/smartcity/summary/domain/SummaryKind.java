package kr.seoul.smartcity.summary.domain;

/** Who wrote a summary: a language model, or the extractive fallback that picks sentences from the document. */
public enum SummaryKind {
    LLM,
    EXTRACTIVE
}
