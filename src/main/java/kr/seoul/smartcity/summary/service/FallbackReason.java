package kr.seoul.smartcity.summary.service;

/** Why an extractive summary stands in for a model's; the page names it in the reader's language. */
public enum FallbackReason {
    /** {@code city.summary.provider} is {@code none}, or the chosen provider has no model. */
    NOT_CONFIGURED,
    /** The model could not be reached or answered with an error. */
    UNAVAILABLE,
    /** The model took longer than {@code city.summary.timeout} to say anything more. */
    TIMEOUT,
    /** The model's answer was not the JSON asked for, or cited passages that do not exist. */
    INVALID_OUTPUT,
    /** The document needs more parts than {@code city.summary.max-parts}. */
    TOO_LONG
}
