package kr.seoul.smartcity.citystatus.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kr.seoul.smartcity.base.ui.map.DistrictStyle;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;

/**
 * The map colours and labels of an indicator's district values, worked out once for every open dashboard that shows
 * the same values in the same language. On an update thousands of dashboards colour the map at the same moment;
 * formatting 25 numbers each was half of what an update cost them. Holds one entry per indicator and language, the
 * latest values only, so it stays as small as the catalogue.
 */
final class SharedChoropleths {

    /** Fill colour (CSS) and label per district code, and the two as every map takes them. */
    record Choropleth(Map<String, String> fill, Map<String, String> labels, DistrictStyle style) {}

    private record Key(Indicator indicator, Locale locale) {}

    private record Entry(Map<String, LatestValue> values, Choropleth choropleth) {}

    private static final Map<Key, Entry> LATEST = new ConcurrentHashMap<>();

    private SharedChoropleths() {}

    static Choropleth of(Indicator indicator, Map<String, LatestValue> values, Locale locale, String unit) {
        Key key = new Key(indicator, locale);
        Entry entry = LATEST.get(key);
        if (entry != null && entry.values().equals(values)) {
            return entry.choropleth();
        }
        LevelColours colours = new LevelColours(
                indicator, values.values().stream().map(LatestValue::value).toList());
        Map<String, String> fill = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        values.forEach((code, value) -> {
            fill.put(code, colours.colour(value.value()));
            String mark = indicator.warnAt() != null || indicator.dangerAt() != null
                    ? LevelColours.mark(indicator.levelOf(value.value()))
                    : "";
            labels.put(
                    code,
                    (mark.isEmpty() ? "" : mark + " ") + Formats.value(indicator, value.value(), locale) + " " + unit);
        });
        Choropleth choropleth = new Choropleth(Map.copyOf(fill), Map.copyOf(labels), new DistrictStyle(fill, labels));
        LATEST.put(key, new Entry(Map.copyOf(values), choropleth));
        return choropleth;
    }
}
