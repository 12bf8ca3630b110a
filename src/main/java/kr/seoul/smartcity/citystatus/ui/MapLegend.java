package kr.seoul.smartcity.citystatus.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.base.ui.map.DistrictStyle;
import kr.seoul.smartcity.citystatus.domain.Indicator;

/** The district map's legend: the indicator with its unit and, where it has levels, each level's colour. */
class MapLegend extends Div {

    MapLegend() {
        addClassName("map-legend");
    }

    void show(Indicator shown) {
        removeAll();
        add(new Span(shown.name(getLocale()) + " (" + Formats.unit(this, shown) + ")"));
        if (shown.warnAt() != null) {
            add(
                    swatch(DistrictStyle.NORMAL_FILL, Indicator.Level.NORMAL),
                    swatch(DistrictStyle.WARNING_FILL, Indicator.Level.WARNING),
                    swatch(DistrictStyle.DANGER_FILL, Indicator.Level.DANGER));
        }
    }

    /** A level's colour, its shape and its word: colour alone does not tell them apart (WCAG 1.4.1). */
    private Span swatch(String colour, Indicator.Level level) {
        String mark = LevelColours.mark(level);
        String word = getTranslation(level.labelKey());
        Span swatch = new Span(mark.isEmpty() ? word : mark + " " + word);
        swatch.addClassName("legend-swatch");
        swatch.getStyle().set("--swatch", colour);
        return swatch;
    }
}
