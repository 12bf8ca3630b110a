package kr.seoul.smartcity.theme.service;

import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.civic.service.ProjectSummary;
import kr.seoul.smartcity.theme.domain.CityTheme;
import kr.seoul.smartcity.theme.domain.ThemeItem;

/**
 * A theme as one viewer sees it: only the indicators, projects and documents their own features let that viewer
 * see, with today's values and progress; items the viewer may not see are left out without a trace.
 */
public record ThemePage(
        CityTheme theme,
        List<IndicatorEntry> indicators,
        List<ProjectEntry> projects,
        List<ThemeItem> places,
        List<DocumentEntry> documents) {

    public record IndicatorEntry(ThemeItem item, Tile tile) {}

    public record ProjectEntry(ThemeItem item, ProjectSummary summary) {}

    public record DocumentEntry(ThemeItem item, ArchiveItem document) {}

    public boolean isEmpty() {
        return indicators.isEmpty() && projects.isEmpty() && places.isEmpty() && documents.isEmpty();
    }
}
