package kr.seoul.smartcity.dashboard.domain;

import java.util.List;

import kr.seoul.smartcity.base.domain.Labelled;

/** How an indicator widget draws its indicator; the reader may switch among the forms that suit it. */
public enum WidgetForm implements Labelled {
    /** The latest value with its 24-hour trend. */
    NUMBER,
    /** A line over time. */
    LINE,
    /** A filled line over time. */
    AREA,
    /** Bars over time. */
    BAR,
    /** The 25 districts from highest to lowest. */
    RANKING,
    /** The districts coloured by value, with point layers. */
    MAP,
    /** The latest value against its warning and danger levels. */
    GAUGE,
    /** The values as a table: per district, or over time. */
    TABLE;

    /** Forms that need a value per district. */
    public boolean perDistrict() {
        return this == RANKING || this == MAP;
    }

    /** The forms an indicator can take: the district forms only where it has values per district. */
    public static List<WidgetForm> forIndicator(boolean perDistrict, boolean hasLevels) {
        return java.util.Arrays.stream(values())
                .filter(form -> perDistrict || !form.perDistrict())
                .filter(form -> hasLevels || form != GAUGE)
                .toList();
    }

    @Override
    public String labelKey() {
        return "dashboard.form." + name().toLowerCase();
    }
}
