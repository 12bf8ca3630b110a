package kr.seoul.smartcity.summary.service;

/** A document to summarise: {@code approval} or {@code archive}, and its id there. */
public record DocumentRef(String source, long id) {

    public static final String APPROVAL = "approval";
    public static final String ARCHIVE = "archive";

    public String key() {
        return source + ":" + id;
    }
}
