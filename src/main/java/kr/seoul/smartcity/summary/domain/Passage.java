package kr.seoul.smartcity.summary.domain;

/**
 * A sentence-sized piece of a document that a summary can cite: {@code id} such as {@code p12} is stable for the same
 * text and splitter. {@code heading} names the document it came from when several are summarised together.
 */
public record Passage(String id, String text, String heading) {}
