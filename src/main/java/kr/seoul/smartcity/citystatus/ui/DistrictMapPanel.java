package kr.seoul.smartcity.citystatus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.base.ui.map.DistrictStyle;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityFeedUpdated;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Seoul's 25 districts coloured by the chosen indicator, point layers on top: the map widget of a dashboard. The
 * reader picks the indicator and the layers; a click on a district is passed to the listener (a dashboard filters
 * its other widgets to it). The owner calls {@link #refresh} when new values arrive.
 */
@NamedInterface("ui")
public class DistrictMapPanel extends Composite<Section> {

    private static final AtomicLong TABLE_IDS = new AtomicLong();

    private final CityStatusService status;
    private final CityFeedService feed;
    private final Viewer viewer;
    private final CityMap map = new CityMap();
    private final Select<Indicator> indicator = new Select<>();
    private final CheckboxGroup<MapLayer> layers = new CheckboxGroup<>();
    private final Div legend = new Div();
    private final Button tableToggle = new Button();
    private final Div table = new Div();
    private final Span announcement = new Span();
    private final List<SerializableConsumer<String>> districtListeners = new ArrayList<>();
    private @Nullable String selected;
    private final String initialIndicator;
    private Indicator legendShows;
    private Map<String, LatestValue> mapShows = Map.of();
    private @Nullable Registration offerAllOnFocus;

    public DistrictMapPanel(
            CityStatusService status,
            CityFeedService feed,
            DistrictGeometry geometry,
            LiveEventBus events,
            Viewer viewer,
            String initialIndicator) {
        this.status = status;
        this.feed = feed;
        this.viewer = viewer;
        this.initialIndicator = initialIndicator;

        indicator.setLabel(getTranslation("map.indicator"));
        indicator.setItemLabelGenerator(i -> i.name(getLocale()));
        indicator.setId("map-indicator");
        offerAllOnFocus = indicator.getElement().addEventListener("focusin", focus -> offerAll());
        offerIndicators();
        indicator.addValueChangeListener(change -> colourDistricts());

        layers.setLabel(getTranslation("map.layers"));
        layers.setItems(MapLayer.values());
        layers.setItemLabelGenerator(layer -> getTranslation(layer.labelKey()));
        layers.setId("map-layers");
        layers.addValueChangeListener(change -> showPoints());

        map.setNameProperty(AppLanguage.of(getLocale()) == AppLanguage.KOREAN ? "name" : "nameEn");
        map.setDistricts(geometry.districtsGeoJson());
        geometry.attribution().ifPresent(source -> map.setAttribution(getTranslation("map.attribution", source)));
        map.addClassName("city-map");
        map.setAriaLabel(getTranslation("map.aria"));

        map.addDistrictClickListener(this::districtChosen);

        // the same values as a table, for reading them and choosing a district without the map (WCAG 1.1.1, 2.5.7)
        tableToggle.setId("map-table-toggle");
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        String tableId = "map-table-" + TABLE_IDS.incrementAndGet();
        tableToggle.getElement().setAttribute("aria-controls", tableId);
        tableToggle.addClickListener(click -> showTable(!table.isVisible()));
        table.setId(tableId);
        table.addClassName("map-table");
        table.setVisible(false);
        announcement.addClassName("map-announcement");
        announcement.getElement().setAttribute("role", "status");
        showToggle();

        Div controls = new Div(indicator, layers, tableToggle);
        controls.addClassName("map-controls");
        legend.addClassName("map-legend");
        Section mapPanel = getContent();
        mapPanel.add(controls, map, legend, table, announcement);
        mapPanel.addClassNames("card", "map-panel");
        if (geometry.schematic()) {
            Span note = new Span(getTranslation("map.schematic"));
            note.addClassName("map-note");
            mapPanel.add(note);
        }

        colourDistricts();
        LiveUpdates.follow(map, events, CityFeedUpdated.TOPIC, updated -> showPoints());
    }

    /** Calls the listener with the code of a district the reader clicks on the map or chooses in its table. */
    public Registration addDistrictClickListener(SerializableConsumer<String> listener) {
        districtListeners.add(listener);
        return () -> districtListeners.remove(listener);
    }

    private void districtChosen(String districtCode) {
        List.copyOf(districtListeners).forEach(listener -> listener.accept(districtCode));
    }

    /** The indicator the districts are coloured by now. */
    public @Nullable Indicator shown() {
        return indicator.getValue();
    }

    /** Outlines the chosen district, or none. */
    public void select(@Nullable String districtCode) {
        map.setSelectedDistrict(districtCode);
        if (Objects.equals(districtCode, selected)) {
            return;
        }
        selected = districtCode;
        announcement.setText(districtCode == null ? "" : getTranslation("map.selected", describe(districtCode)));
        if (table.isVisible()) {
            showTableRows();
        }
    }

    /** "마포구 41 µg/m³, ▲ 주의": a district's value and level in words. */
    private String describe(String districtCode) {
        Indicator shown = indicator.getValue();
        LatestValue value = mapShows.get(districtCode);
        String name = Formats.district(districtCode, getLocale());
        if (shown == null || value == null) {
            return name;
        }
        String level = level(shown, value.value());
        return name + " " + valueText(shown, value.value()) + (level.isEmpty() ? "" : ", " + level);
    }

    private String valueText(Indicator shown, double value) {
        return Formats.value(shown, value, getLocale()) + " " + Formats.unit(this, shown);
    }

    /** The level in a shape and a word, or nothing for an indicator without thresholds. */
    private String level(Indicator shown, double value) {
        if (shown.warnAt() == null && shown.dangerAt() == null) {
            return "";
        }
        Indicator.Level level = shown.levelOf(value);
        String mark = LevelColours.mark(level);
        String word = getTranslation(level.labelKey());
        return mark.isEmpty() ? word : mark + " " + word;
    }

    private void showTable(boolean shown) {
        table.setVisible(shown);
        showToggle();
        if (shown) {
            showTableRows();
        } else {
            table.removeAll();
        }
    }

    private void showToggle() {
        tableToggle.setText(getTranslation(table.isVisible() ? "map.table.hide" : "map.table.show"));
        tableToggle.getElement().setAttribute("aria-expanded", String.valueOf(table.isVisible()));
    }

    /**
     * Every district with its value and level in words, the colour beside them; a district is chosen with its
     * button, as with a click on the map.
     */
    private void showTableRows() {
        table.removeAll();
        Indicator shown = indicator.getValue();
        Element grid = new Element("table");
        Element caption = new Element("caption");
        caption.setText(
                shown == null
                        ? getTranslation("map.aria")
                        : shown.name(getLocale()) + " (" + Formats.unit(this, shown) + ")");
        Element head = new Element("tr");
        head.appendChild(
                header("col", getTranslation("map.table.district")),
                header("col", getTranslation("map.table.value")),
                header("col", getTranslation("map.table.level")));
        grid.appendChild(caption, new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (SeoulDistrict district : SeoulDistrict.values()) {
            LatestValue value = mapShows.get(district.code());
            Element choose = new Element("button");
            choose.setAttribute("type", "button");
            choose.setAttribute("class", "map-table-district");
            choose.setAttribute("data-district", district.code());
            choose.setAttribute("aria-pressed", String.valueOf(district.code().equals(selected)));
            choose.setText(district.name(getLocale()));
            choose.addEventListener("click", click -> districtChosen(district.code()));
            Element name = header("row", "");
            name.appendChild(choose);
            Element level = new Element("td");
            if (shown != null && value != null) {
                Element swatch = new Element("span");
                swatch.setAttribute("class", "map-table-swatch");
                swatch.setAttribute("aria-hidden", "true");
                swatch.getStyle()
                        .set(
                                "--swatch",
                                SharedChoropleths.of(shown, mapShows, getLocale(), Formats.unit(this, shown))
                                        .fill()
                                        .getOrDefault(district.code(), "transparent"));
                level.appendChild(swatch, new Element("span").setText(level(shown, value.value())));
            }
            Element row = new Element("tr");
            if (district.code().equals(selected)) {
                row.setAttribute("class", "map-table-selected");
            }
            row.appendChild(name, cell(shown == null || value == null ? "–" : valueText(shown, value.value())), level);
            body.appendChild(row);
        }
        grid.appendChild(body);
        table.getElement().appendChild(grid);
    }

    private static Element header(String scope, String text) {
        Element header = new Element("th");
        header.setAttribute("scope", scope);
        header.setText(text);
        return header;
    }

    private static Element cell(String text) {
        Element cell = new Element("td");
        cell.setText(text);
        return cell;
    }

    /** The controls row, where the owner may add its own buttons. */
    public Div controls() {
        return (Div) getContent().getComponentAt(0);
    }

    /** New values arrived: the districts are coloured again if the shown indicator's values changed. */
    public void refresh() {
        colourDistricts();
    }

    /** The catalogue changed: the indicators on offer are read again. */
    public void catalogueChanged() {
        offerIndicators();
        colourDistricts();
    }

    /**
     * The indicators the map can show; the one shown stays while it is in the catalogue (as it now is). Until the
     * reader first reaches the choice (focus comes before the list opens, by pointer, touch or keyboard) it holds
     * only the indicator shown: each choice is a server-side element, and most of the thousands of open maps are
     * never changed.
     */
    private void offerIndicators() {
        List<Indicator> mappable = status.latest(viewer).keySet().stream()
                .filter(Indicator::perDistrict)
                .toList();
        String shown = indicator.getValue() == null
                ? initialIndicator
                : indicator.getValue().code();
        Optional<Indicator> chosen = mappable.stream()
                .filter(i -> i.code().equals(shown))
                .findFirst()
                .or(() -> mappable.stream().findFirst());
        if (offerAllOnFocus == null) {
            indicator.setItems(mappable);
        } else {
            indicator.setItems(chosen.stream().toList());
        }
        chosen.ifPresent(indicator::setValue);
    }

    private void offerAll() {
        if (offerAllOnFocus != null) {
            offerAllOnFocus.remove();
            offerAllOnFocus = null;
            offerIndicators();
        }
    }

    private void colourDistricts() {
        Indicator shown = indicator.getValue();
        if (shown == null) {
            legend.removeAll();
            legendShows = null;
            mapShows = Map.of();
            map.clearChoropleth();
            return;
        }
        Map<String, LatestValue> values = status.byDistrict(viewer, shown.code());
        if (shown.equals(legendShows) && values.equals(mapShows)) {
            return; // new values of other indicators: the map stays as it is
        }
        mapShows = values;
        SharedChoropleths.Choropleth choropleth =
                SharedChoropleths.of(shown, values, getLocale(), Formats.unit(this, shown));
        map.setChoropleth(choropleth.style());
        if (!shown.equals(legendShows)) {
            showLegend(shown);
        }
        if (table.isVisible()) {
            showTableRows();
        }
    }

    private void showLegend(Indicator shown) {
        legendShows = shown;
        legend.removeAll();
        legend.add(new Span(shown.name(getLocale()) + " (" + Formats.unit(this, shown) + ")"));
        if (shown.warnAt() != null) {
            legend.add(
                    swatch(DistrictStyle.NORMAL_FILL, Indicator.Level.NORMAL),
                    swatch(DistrictStyle.WARNING_FILL, Indicator.Level.WARNING),
                    swatch(DistrictStyle.DANGER_FILL, Indicator.Level.DANGER));
        }
        getContent().getElement().setAttribute("data-map-indicator", shown.code());
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

    private void showPoints() {
        for (MapLayer layer : MapLayer.values()) {
            if (layers.getValue().contains(layer)) {
                map.setPoints(
                        layer.name(),
                        feed.points(viewer, layer).stream().map(this::marker).toList());
            } else {
                map.clearPoints(layer.name());
            }
        }
    }

    private CityMap.MapMarker marker(MapPoint point) {
        String label = point.name() + (point.label().isEmpty() ? "" : " · " + point.label());
        return new CityMap.MapMarker(point.externalId(), point.latitude(), point.longitude(), label, colour(point));
    }

    private static String colour(MapPoint point) {
        return switch (point.layer()) {
            case BIKE_STATIONS -> {
                double ratio = point.capacity() == null || point.capacity() == 0 || point.value() == null
                        ? 0
                        : point.value() / point.capacity();
                yield ratio == 0 ? "#d32f2f" : ratio < 0.3 ? "#f2a33a" : "#2e7d32";
            }
            case CCTV -> "#5e35b1";
            case SAFETY_FACILITIES -> "#c62828";
            case FLOOD_AREAS -> "#0277bd";
            case HOTSPOTS -> "#ef6c00";
        };
    }
}
