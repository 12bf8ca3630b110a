package kr.seoul.smartcity.dashboard.domain;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** One page of a dashboard: its widgets in order of importance. A rotation shows one page at a time. */
public record DashboardPage(
        @Nullable String titleKo, @Nullable String titleEn, List<Widget> widgets) {

    public DashboardPage {
        widgets = widgets == null ? List.of() : List.copyOf(widgets);
    }

    public @Nullable String title(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? titleKo : titleEn;
    }

    public DashboardPage withWidgets(List<Widget> newWidgets) {
        return new DashboardPage(titleKo, titleEn, newWidgets);
    }
}
