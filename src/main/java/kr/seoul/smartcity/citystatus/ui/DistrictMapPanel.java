package kr.seoul.smartcity.citystatus.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
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

    private final CityStatusService status;
    private final CityFeedService feed;
    private final Viewer viewer;
    private final CityMap map = new CityMap();
    private final Select<Indicator> indicator = new Select<>();
    private final CheckboxGroup<MapLayer> layers = new CheckboxGroup<>();
    private final Div legend = new Div();
    private final String initialIndicator;
    private Indicator legendShows;
    private Map<String, LatestValue> mapShows = Map.of();
    private @Nullable Registration offerAllOnFocus;

    public DistrictMapPanel(CityStatusService status, CityFeedService feed, DistrictGeometry geometry,
                            LiveEventBus events, Viewer viewer, String initialIndicator) {
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

        Div controls = new Div(indicator, layers);
        controls.addClassName("map-controls");
        legend.addClassName("map-legend");
        Section mapPanel = getContent();
        mapPanel.add(controls, map, legend);
        mapPanel.addClassNames("card", "map-panel");
        if (geometry.schematic()) {
            Span note = new Span(getTranslation("map.schematic"));
            note.addClassName("map-note");
            mapPanel.add(note);
        }

        colourDistricts();
        LiveUpdates.follow(map, events, CityFeedUpdated.TOPIC, updated -> showPoints());
    }

    /** Calls the listener with the code of a district the reader clicks. */
    public Registration addDistrictClickListener(SerializableConsumer<String> listener) {
        return map.addDistrictClickListener(listener);
    }

    /** The indicator the districts are coloured by now. */
    public @Nullable Indicator shown() {
        return indicator.getValue();
    }

    /** Outlines the chosen district, or none. */
    public void select(@Nullable String districtCode) {
        map.setSelectedDistrict(districtCode);
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
        List<Indicator> mappable = status.latest(viewer).keySet().stream().filter(Indicator::perDistrict).toList();
        String shown = indicator.getValue() == null ? initialIndicator : indicator.getValue().code();
        Optional<Indicator> chosen = mappable.stream().filter(i -> i.code().equals(shown)).findFirst()
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
        SharedChoropleths.Choropleth choropleth = SharedChoropleths.of(shown, values, getLocale(),
                Formats.unit(this, shown));
        map.setChoropleth(choropleth.style());
        if (!shown.equals(legendShows)) {
            showLegend(shown);
        }
    }

    private void showLegend(Indicator shown) {
        legendShows = shown;
        legend.removeAll();
        legend.add(new Span(shown.name(getLocale()) + " (" + Formats.unit(this, shown) + ")"));
        if (shown.warnAt() != null) {
            legend.add(swatch(DistrictStyle.NORMAL_FILL, Indicator.Level.NORMAL),
                    swatch(DistrictStyle.WARNING_FILL, Indicator.Level.WARNING),
                    swatch(DistrictStyle.DANGER_FILL, Indicator.Level.DANGER));
        }
        getContent().getElement().setAttribute("data-map-indicator", shown.code());
    }

    /** A level's colour, its shape and its word: colour alone does not tell them apart (WCAG 1.4.1). */
    private Span swatch(String colour, Indicator.Level level) {
        String mark = LevelColours.mark(level);
        String word = getTranslation("level." + level.name().toLowerCase());
        Span swatch = new Span(mark.isEmpty() ? word : mark + " " + word);
        swatch.addClassName("legend-swatch");
        swatch.getStyle().set("--swatch", colour);
        return swatch;
    }

    private void showPoints() {
        for (MapLayer layer : MapLayer.values()) {
            if (layers.getValue().contains(layer)) {
                map.setPoints(layer.name(), feed.points(viewer, layer).stream().map(this::marker).toList());
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
                double ratio = point.capacity() == null || point.capacity() == 0 || point.value() == null ? 0
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
