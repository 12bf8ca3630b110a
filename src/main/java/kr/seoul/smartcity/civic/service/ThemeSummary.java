package kr.seoul.smartcity.civic.service;

import java.util.List;

import kr.seoul.smartcity.civic.domain.CivicTheme;
import org.jspecify.annotations.Nullable;

/** A policy theme at a glance: its indices and their mean achievement (each index counted up to 150 %). */
public record ThemeSummary(
        CivicTheme theme,
        List<IndexStatus> indices,
        @Nullable Double meanAchievement) {

    public ThemeSummary {
        indices = List.copyOf(indices);
    }

    /** Indices below 90 % of their target. */
    public long behind() {
        return indices.stream()
                .filter(status -> status.achievement() != null && status.achievement() < 90)
                .count();
    }
}
