package kr.seoul.smartcity.citystatus.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.modulith.NamedInterface;

/**
 * A tile said in words, to be read aloud or shown as an answer: "강남구 · 초미세먼지: 35 µg/m³, 보통. 지난 24시간 동안 21에서
 * 올랐습니다." Colour and sparkline say nothing to a person who cannot see them; this says the same.
 */
@NamedInterface("ui")
public final class SpokenTile {

    private SpokenTile() {}

    public static String of(Tile tile, String name, Locale locale) {
        Indicator indicator = tile.indicator();
        Double value = tile.value();
        if (value == null) {
            return I18NProvider.translate(locale, "command.answer.none", name);
        }
        String unitKey = "unit." + indicator.unit();
        String unit = I18NProvider.translate(locale, unitKey);
        unit = unit.contains(unitKey) ? indicator.unit() : unit;
        String level = I18NProvider.translate(locale, tile.level().labelKey());
        String said = I18NProvider.translate(
                locale, "command.answer", name, Formats.value(indicator, value, locale), unit, level);
        List<SeriesPoint> trend = tile.trend();
        if (trend.size() >= 2) {
            double from = trend.getFirst().value();
            String key =
                    value > from ? "command.answer.up" : value < from ? "command.answer.down" : "command.answer.steady";
            said += " " + I18NProvider.translate(locale, key, Formats.value(indicator, from, locale));
        }
        return said;
    }

    /** The city's key tiles (the first indicator of each area) said one after the other. */
    public static String keyTiles(CityStatusService status, Viewer viewer, Locale locale) {
        Set<String> areas = new HashSet<>();
        return status.cityTiles(viewer).stream()
                .filter(tile -> areas.add(tile.indicator().area()))
                .map(tile -> of(tile, tile.indicator().name(locale), locale))
                .collect(Collectors.joining(" "));
    }
}
