package kr.seoul.smartcity.cityfeed.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** The ways data reaches the platform, as the seed lists them: open APIs, department databases, files and entry. */
public enum SourceKind implements Labelled {
    /** A Seoul Open Data Plaza service by its name; paging, envelope and result codes are handled once for all. */
    SEOUL_OPEN_DATA,
    /** Any JSON over HTTP: rows found by a JSON Pointer. */
    HTTP_JSON,
    /** Any CSV over HTTP, with a header line. */
    HTTP_CSV,
    /** A read-only SQL query on a department database over JDBC. */
    JDBC,
    /** A CSV file dropped in a folder or uploaded. */
    FILE,
    /** Values officials enter on the manage site; nothing is fetched. */
    DIRECT_ENTRY;

    @Override
    public String labelKey() {
        return "source.kind." + name().toLowerCase();
    }

    /** Whether the platform fetches this kind itself on a schedule (direct entry and uploads are brought in). */
    public boolean fetched() {
        return this != DIRECT_ENTRY;
    }
}
