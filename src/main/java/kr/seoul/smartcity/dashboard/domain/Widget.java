package kr.seoul.smartcity.dashboard.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One widget on a dashboard page: what it shows ({@code kind}, with the indicator or area it needs), in which form,
 * how many of the grid's twelve columns it spans and how tall it is (1–3), and in which language it appears (none:
 * in every language). A text widget carries its title and lines in Korean and English. Ids are unique across all
 * dashboards, so that a widget can be embedded by its id.
 */
public record Widget(
        String id,
        WidgetKind kind,
        @Nullable String indicator,
        @Nullable String area,
        WidgetForm form,
        int width,
        int height,
        @Nullable String language,
        @Nullable String titleKo,
        @Nullable String titleEn,
        @Nullable String textKo,
        @Nullable String textEn,
        @Nullable List<String> layers) {

    public static final int COLUMNS = 12;

    public Widget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        form = form == null ? WidgetForm.NUMBER : form;
        width = width <= 0 ? 4 : Math.min(width, COLUMNS);
        height = height <= 0 ? 1 : Math.min(height, 3);
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    /** A widget of one indicator. */
    public static Widget indicator(String id, String indicator, WidgetForm form, int width, int height) {
        return new Widget(
                id, WidgetKind.INDICATOR, indicator, null, form, width, height, null, null, null, null, null, null);
    }

    public Widget withForm(WidgetForm newForm) {
        return new Widget(
                id, kind, indicator, area, newForm, width, height, language, titleKo, titleEn, textKo, textEn, layers);
    }

    public Widget withIndicator(String newIndicator) {
        return new Widget(
                id, kind, newIndicator, area, form, width, height, language, titleKo, titleEn, textKo, textEn, layers);
    }

    public Widget withSize(int newWidth, int newHeight) {
        return new Widget(
                id, kind, indicator, area, form, newWidth, newHeight, language, titleKo, titleEn, textKo, textEn,
                layers);
    }

    public Widget withId(String newId) {
        return new Widget(
                newId, kind, indicator, area, form, width, height, language, titleKo, titleEn, textKo, textEn, layers);
    }

    /** Whether the widget appears in this language. */
    public boolean shownIn(Locale locale) {
        return language == null || language.equals(locale.getLanguage());
    }

    public @Nullable String title(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? titleKo : titleEn;
    }

    public @Nullable String text(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? textKo : textEn;
    }
}
