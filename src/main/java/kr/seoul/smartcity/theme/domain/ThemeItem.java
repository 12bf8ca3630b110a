package kr.seoul.smartcity.theme.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One thing a theme shows. {@code reference} names it in its own feature: an indicator code, a project code or an
 * archive item id; a place has none but a name and a position. The note says, in both languages, why it belongs to
 * the theme.
 */
public record ThemeItem(
        ThemeItemKind kind,
        @Nullable String reference,
        @Nullable String placeName,
        @Nullable Double latitude,
        @Nullable Double longitude,
        String noteKo,
        String noteEn) {

    public static ThemeItem indicator(String code, String noteKo, String noteEn) {
        return new ThemeItem(ThemeItemKind.INDICATOR, code, null, null, null, noteKo, noteEn);
    }

    public static ThemeItem project(String code, String noteKo, String noteEn) {
        return new ThemeItem(ThemeItemKind.PROJECT, code, null, null, null, noteKo, noteEn);
    }

    public static ThemeItem place(String name, double latitude, double longitude, String noteKo, String noteEn) {
        return new ThemeItem(ThemeItemKind.PLACE, null, name, latitude, longitude, noteKo, noteEn);
    }

    public static ThemeItem document(long archiveItemId, String noteKo, String noteEn) {
        return new ThemeItem(ThemeItemKind.DOCUMENT, Long.toString(archiveItemId), null, null, null, noteKo, noteEn);
    }

    public String note(Locale locale) {
        String english = noteEn == null || noteEn.isBlank() ? noteKo : noteEn;
        return "en".equals(locale.getLanguage()) ? english : noteKo;
    }
}
