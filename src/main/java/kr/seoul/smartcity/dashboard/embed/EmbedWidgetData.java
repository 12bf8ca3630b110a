package kr.seoul.smartcity.dashboard.embed;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an embedded widget shows, as a citizen may see it, in one language: the JSON the page draws from and the
 * content of its first drawing. Only a public single-indicator widget on a dashboard open to the public is embedded.
 */
@Component
class EmbedWidgetData {

    /** Widget ids as dashboards store them; anything else is not looked up. */
    static final String ID = "[a-z0-9][a-z0-9-]{1,40}";

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    private final DashboardService dashboards;
    private final CityStatusService status;

    EmbedWidgetData(DashboardService dashboards, CityStatusService status) {
        this.dashboards = dashboards;
        this.status = status;
    }

    /** Whether a widget can be shown, cannot be shown on its own (tiles, notices, text), or does not exist publicly. */
    enum Availability {
        EMBEDDABLE,
        NOT_EMBEDDABLE,
        NOT_FOUND
    }

    record Found(
            Availability availability,
            @Nullable Widget widget,
            @Nullable Indicator indicator) {}

    /** One point of the last 24 hours. */
    record Point(Instant at, double value) {}

    /** One district's latest value, formatted for the reader. */
    record DistrictValue(String code, String name, double raw, String value) {}

    /**
     * The JSON of {@code /embed/widget/{id}/data}. {@code view} is {@code line} (the value with its last 24 hours) or
     * {@code districts} (the districts ranked from highest to lowest). Texts are plain text: the page sets them with
     * {@code textContent}.
     */
    record Data(
            String id,
            String lang,
            String view,
            String form,
            @Nullable String title,
            String name,
            String unit,
            @Nullable Double raw,
            @Nullable String value,
            @Nullable Instant observedAt,
            @Nullable String asOf,
            String level,
            boolean stale,
            boolean simulated,
            String source,
            String frequency,
            List<Point> trend,
            String trendLabel,
            List<DistrictValue> districts) {}

    Found find(String id) {
        if (id == null || !id.matches(ID)) {
            return new Found(Availability.NOT_FOUND, null, null);
        }
        Optional<Widget> widget = dashboards.embeddable(id);
        if (widget.isEmpty()) {
            return new Found(Availability.NOT_FOUND, null, null);
        }
        if (widget.get().kind() != WidgetKind.INDICATOR || widget.get().indicator() == null) {
            return new Found(Availability.NOT_EMBEDDABLE, widget.get(), null);
        }
        return status.indicator(Viewer.CITIZEN, widget.get().indicator())
                .map(indicator -> new Found(Availability.EMBEDDABLE, widget.get(), indicator))
                .orElseGet(() -> new Found(Availability.NOT_FOUND, null, null));
    }

    Data data(Widget widget, Indicator indicator, Locale locale) {
        ResourceBundle texts = texts(locale);
        Tile tile = status.tile(Viewer.CITIZEN, indicator.code(), null).orElse(null);
        boolean districtView =
                indicator.perDistrict() && (widget.form().perDistrict() || widget.form() == WidgetForm.TABLE);
        List<DistrictValue> districts = districtView ? districts(indicator, locale) : List.of();
        Double raw = tile == null ? null : tile.value();
        Instant observedAt = tile == null ? null : tile.observedAt();
        boolean simulated = tile != null && tile.simulated();
        if (raw == null && !districts.isEmpty()) {
            // no city-wide value: the page still says how recent the district values are
            observedAt = status.byDistrict(Viewer.CITIZEN, indicator.code()).values().stream()
                    .map(LatestValue::observedAt)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
        }
        List<Point> trend = tile == null
                ? List.of()
                : tile.trend().stream().map(p -> new Point(p.at(), p.value())).toList();
        String unit = unit(texts, indicator);
        String trendLabel = trend.isEmpty()
                ? text(texts, "embed.widget.trend")
                : text(
                        texts,
                        "embed.widget.trend.range",
                        format(
                                indicator,
                                trend.stream().mapToDouble(Point::value).min().orElse(0),
                                locale),
                        format(
                                indicator,
                                trend.stream().mapToDouble(Point::value).max().orElse(0),
                                locale),
                        unit);
        String title = widget.title(locale);
        return new Data(
                widget.id(),
                locale.getLanguage(),
                districtView ? "districts" : "line",
                widget.form().name(),
                title == null || title.isBlank() ? null : title,
                indicator.name(locale),
                unit,
                raw,
                raw == null ? null : format(indicator, raw, locale),
                observedAt,
                observedAt == null ? null : MINUTES.format(observedAt),
                tile == null ? Indicator.Level.NORMAL.name() : tile.level().name(),
                tile != null && tile.stale(),
                simulated,
                source(indicator),
                frequency(texts, indicator),
                trend,
                trendLabel,
                districts);
    }

    private List<DistrictValue> districts(Indicator indicator, Locale locale) {
        Map<String, LatestValue> values = status.byDistrict(Viewer.CITIZEN, indicator.code());
        return values.values().stream()
                .filter(value -> SeoulDistrict.byCode(value.districtCode()).isPresent())
                .sorted(Comparator.comparingDouble(LatestValue::value)
                        .reversed()
                        .thenComparing(LatestValue::districtCode))
                .map(value -> new DistrictValue(
                        value.districtCode(),
                        SeoulDistrict.byCode(value.districtCode())
                                .map(d -> d.name(locale))
                                .orElse(value.districtCode()),
                        value.value(),
                        format(indicator, value.value(), locale)))
                .toList();
    }

    /** Where the numbers come from, as the catalogue names it. */
    private String source(Indicator indicator) {
        return status.metadata(Viewer.CITIZEN, indicator.code())
                .map(IndicatorMetadata::sourceSystem)
                .filter(system -> !system.isBlank())
                .orElse(indicator.source());
    }

    static Locale locale(@Nullable String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.KOREAN;
    }

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                "vaadin-i18n/translations",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String text(ResourceBundle texts, String key, Object... arguments) {
        String pattern = texts.containsKey(key) ? texts.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(arguments);
    }

    private static String format(Indicator indicator, double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(indicator.decimals());
        format.setMaximumFractionDigits(indicator.decimals());
        return format.format(value);
    }

    /** The unit in the reader's language; one the translations do not know as it was typed into the catalogue. */
    private static String unit(ResourceBundle texts, Indicator indicator) {
        String key = "unit." + indicator.unit();
        return texts.containsKey(key) ? texts.getString(key) : indicator.unit();
    }

    private static String frequency(ResourceBundle texts, Indicator indicator) {
        String key = indicator.updateMinutes() >= 1440
                ? "tile.frequency.daily"
                : indicator.updateMinutes() >= 60 ? "tile.frequency.hourly" : "tile.frequency.minutes";
        return text(texts, key, indicator.updateMinutes());
    }
}
