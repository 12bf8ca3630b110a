package kr.seoul.smartcity.directive.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A briefing: one report presented by one person; every screen following it shows the presenter's page. */
public record Briefing(
        String id,
        long reportId,
        String presenter,
        int page,
        Instant startedAt,
        @Nullable Instant endedAt) {

    public boolean ended() {
        return endedAt != null;
    }
}
