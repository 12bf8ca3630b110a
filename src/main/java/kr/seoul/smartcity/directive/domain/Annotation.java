package kr.seoul.smartcity.directive.domain;

import java.time.Instant;

/** A note the presenter wrote on a page during a briefing, shown to everyone following. */
public record Annotation(int page, String text, String authorName, Instant at) {}
