package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.citystatus.ui.LevelColours;

/** An indicator's latest value as a meter between zero and a quarter past its danger level, with its levels marked. */
class IndicatorGauge extends Div {

    private final Indicator indicator;

    IndicatorGauge(Indicator indicator, Tile now) {
        this.indicator = indicator;
        double danger = indicator.dangerAt() == null ? indicator.warnAt() * 2 : indicator.dangerAt();
        double top = danger * 1.25;
        Div meter = this;
        meter.addClassNames("widget-gauge", LevelColours.css(now.level()));
        meter.getElement().setAttribute("role", "meter");
        meter.getElement().setAttribute("aria-valuemin", "0");
        meter.getElement().setAttribute("aria-valuemax", value(top));
        meter.getElement().setAttribute("aria-label", indicator.name(getLocale()));
        Div fill = new Div();
        fill.addClassName("gauge-fill");
        Span reading = new Span(now.hasValue() ? value(now.value()) + " " + Formats.unit(this, indicator) : "–");
        reading.addClassName("gauge-value");
        if (now.hasValue()) {
            meter.getElement().setAttribute("aria-valuenow", value(now.value()));
            meter.getElement()
                    .setAttribute(
                            "aria-valuetext",
                            reading.getText() + " · "
                                    + getTranslation(now.level().labelKey()));
            fill.getStyle().set("width", Math.min(100, Math.round(100 * now.value() / top)) + "%");
        }
        Div track = new Div(fill);
        track.addClassName("gauge-track");
        track.getStyle()
                .set("--warn", Math.round(100 * indicator.warnAt() / top) + "%")
                .set("--danger", Math.round(100 * danger / top) + "%");
        Span levels = new Span(getTranslation("widget.gauge.levels", value(indicator.warnAt()), value(danger)));
        levels.addClassName("gauge-levels");
        meter.add(reading, track, levels);
    }

    private String value(double number) {
        return Formats.value(indicator, number, getLocale());
    }
}
