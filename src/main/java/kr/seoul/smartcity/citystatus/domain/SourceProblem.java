package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

/** A feed that fails since a time, and the last reason it gave. */
public record SourceProblem(String source, Instant since, String reason) {}
