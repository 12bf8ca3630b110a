package kr.seoul.smartcity.dashboard.domain;

import java.time.Instant;

/** A site allowed to show public widgets in a frame: its origin ({@code https://news.seoul.go.kr}), who added it, when. */
public record EmbedSite(String origin, String addedBy, Instant addedAt) {}
