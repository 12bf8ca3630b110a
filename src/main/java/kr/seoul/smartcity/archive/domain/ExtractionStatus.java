package kr.seoul.smartcity.archive.domain;

/** Whether the text of a file could be extracted; a failure keeps its reason and is shown, never silent. */
public enum ExtractionStatus {
    OK,
    FAILED
}
