package kr.seoul.smartcity.citystatus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
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
    private final MapIndicatorChoice indicator;
    private final CheckboxGroup<MapLayer> layers = new CheckboxGroup<>();
    private final MapLegend legend = new MapLegend();
    private final Button tableToggle = new Button();
    private final DistrictTable table;
    private final Span announcement = new Span();
    private final List<SerializableConsumer<String>> districtListeners = new ArrayList<>();
    private @Nullable String selected;
    private Indicator legendShows;
    private Map<String, LatestValue> mapShows = Map.of();

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
        this.indicator = new MapIndicatorChoice(status, viewer, initialIndicator);
        this.table = new DistrictTable("map-table-" + TABLE_IDS.incrementAndGet(), this::districtChosen);
        setUpChoices();
        setUpMap(geometry);
        setUpTable();

        Div controls = new Div(indicator, layers, tableToggle);
        controls.addClassName("map-controls");
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

    /** The indicator the districts are coloured by and the point layers on top. */
    private void setUpChoices() {
        indicator.addValueChangeListener(change -> colourDistricts());

        layers.setLabel(getTranslation("map.layers"));
        layers.setItems(MapLayer.values());
        layers.setItemLabelGenerator(layer -> getTranslation(layer.labelKey()));
        layers.setId("map-layers");
        layers.addValueChangeListener(change -> showPoints());
    }

    private void setUpMap(DistrictGeometry geometry) {
        map.setNameProperty(AppLanguage.of(getLocale()) == AppLanguage.KOREAN ? "name" : "nameEn");
        map.setDistricts(geometry.districtsGeoJson());
        geometry.attribution().ifPresent(source -> map.setAttribution(getTranslation("map.attribution", source)));
        map.addClassName("city-map");
        map.setAriaLabel(getTranslation("map.aria"));
        map.addDistrictClickListener(this::districtChosen);
    }

    /** The same values as a table, for reading them and choosing a district without the map (WCAG 1.1.1, 2.5.7). */
    private void setUpTable() {
        tableToggle.setId("map-table-toggle");
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tableToggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        tableToggle.addClickListener(click -> showTable(!table.isVisible()));
        announcement.addClassName("map-announcement");
        announcement.getElement().setAttribute("role", "status");
        showToggle();
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
        String level = DistrictTable.level(this, shown, value.value());
        return name + " " + DistrictTable.valueText(this, getLocale(), shown, value.value())
                + (level.isEmpty() ? "" : ", " + level);
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

    private void showTableRows() {
        table.showRows(indicator.getValue(), mapShows, selected);
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
        indicator.offerIndicators();
        colourDistricts();
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
            legendShows = shown;
            legend.show(shown);
            getContent().getElement().setAttribute("data-map-indicator", shown.code());
        }
        if (table.isVisible()) {
            showTableRows();
        }
    }

    private void showPoints() {
        for (MapLayer layer : MapLayer.values()) {
            if (layers.getValue().contains(layer)) {
                map.setPoints(
                        layer.name(),
                        feed.points(viewer, layer).stream()
                                .map(LayerMarkers::marker)
                                .toList());
            } else {
                map.clearPoints(layer.name());
            }
        }
    }
}
