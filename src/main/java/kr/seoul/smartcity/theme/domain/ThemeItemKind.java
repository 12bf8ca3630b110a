package kr.seoul.smartcity.theme.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** What a theme item shows: an indicator's live tile, a key project, a place on the map or an archive document. */
public enum ThemeItemKind implements Labelled {
    INDICATOR,
    PROJECT,
    PLACE,
    DOCUMENT;

    /** Key of the label in the UI translations. */
    @Override
    public String labelKey() {
        return "theme.kind." + name().toLowerCase();
    }
}
