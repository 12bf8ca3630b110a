package kr.seoul.smartcity.theme.domain;

/** What a theme item shows: an indicator's live tile, a key project, a place on the map or an archive document. */
public enum ThemeItemKind {
    INDICATOR,
    PROJECT,
    PLACE,
    DOCUMENT;

    /** Key of the label in the UI translations. */
    public String labelKey() {
        return "theme.kind." + name().toLowerCase();
    }
}
