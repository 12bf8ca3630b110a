package kr.seoul.smartcity.dashboard.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** What a widget shows. */
public enum WidgetKind implements Labelled {
    /** One indicator in a chosen form. */
    INDICATOR(true),
    /** The key indicator of each area, as tiles. */
    KEY_TILES(true),
    /** Every indicator of one area, as tiles. */
    AREA_TILES(true),
    /** The latest notices the reader may see. */
    NOTICES(true),
    /** The state of the platform's services (staff). */
    PLATFORM_STATUS(false),
    /** A title and a few lines written by the dashboard's editor. */
    TEXT(true);

    private final boolean filteredPerReader;

    WidgetKind(boolean filteredPerReader) {
        this.filteredPerReader = filteredPerReader;
    }

    /**
     * Whether the widget shows each reader only what they may see (tiles, notices), so that it may stand on a
     * citizens' screen whatever it holds; an indicator widget is as public as its indicator.
     */
    public boolean filteredPerReader() {
        return filteredPerReader;
    }

    @Override
    public String labelKey() {
        return "dashboard.kind." + name().toLowerCase().replace('_', '-');
    }
}
