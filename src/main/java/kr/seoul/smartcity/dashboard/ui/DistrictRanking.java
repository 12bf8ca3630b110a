package kr.seoul.smartcity.dashboard.ui;

import java.util.Comparator;
import java.util.Map;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.citystatus.ui.LevelColours;
import org.jspecify.annotations.Nullable;

/** An indicator's latest value per district, highest first, each with a bar of its level's colour. */
class DistrictRanking extends OrderedList {

    private final Indicator indicator;

    /** @param district the district chosen elsewhere on the dashboard, marked in the list */
    DistrictRanking(Indicator indicator, Map<String, LatestValue> values, @Nullable String district) {
        this.indicator = indicator;
        addClassName("widget-ranking");
        getElement().setAttribute("aria-label", getTranslation("widget.ranking.aria", indicator.name(getLocale())));
        double max =
                values.values().stream().mapToDouble(LatestValue::value).max().orElse(1);
        values.values().stream()
                .sorted(Comparator.comparingDouble(LatestValue::value).reversed())
                .forEach(value -> {
                    Span name = new Span(Formats.district(value.districtCode(), getLocale()));
                    name.addClassName("ranking-name");
                    Span bar = new Span();
                    bar.addClassNames("ranking-bar", LevelColours.css(indicator.levelOf(value.value())));
                    bar.getStyle()
                            .set("width", Math.max(2, Math.round(100 * value.value() / Math.max(max, 1e-9))) + "%");
                    Span number = new Span(value(value.value()) + " " + Formats.unit(this, indicator));
                    number.addClassName("ranking-value");
                    ListItem item = new ListItem(name, bar, number);
                    item.getElement().setAttribute("data-district", value.districtCode());
                    if (value.districtCode().equals(district)) {
                        item.addClassName("chosen");
                    }
                    add(item);
                });
    }

    private String value(double number) {
        return Formats.value(indicator, number, getLocale());
    }
}
