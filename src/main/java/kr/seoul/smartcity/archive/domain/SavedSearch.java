package kr.seoul.smartcity.archive.domain;

import java.time.Instant;

/** A search that a member of staff keeps under a name. */
public record SavedSearch(long id, String owner, String name, String query, String sort, Instant createdAt) {}
