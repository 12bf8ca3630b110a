package kr.seoul.smartcity.citystatus.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.service.CatalogueChanged;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityFeedUpdated;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The main picture: Seoul's 25 districts coloured by the chosen indicator, point layers on top, and the key tiles
 * beside it, one per area. Changes as the city changes; a click on a district opens it.
 */
class CityDashboard extends Composite<Div> {

    private final CityStatusService status;
    private final CityFeedService feed;
    private final Viewer viewer;
    private final CityMap map = new CityMap();
    private final Select<Indicator> indicator = new Select<>();
    private final CheckboxGroup<MapLayer> layers = new CheckboxGroup<>();
    private final Div legend = new Div();
    private final TileGrid tiles = new TileGrid("key-tiles");
    private Indicator legendShows;
    private Map<String, LatestValue> mapShows = Map.of();

    CityDashboard(CityStatusService status, CityFeedService feed, DistrictGeometry geometry, LiveEventBus events,
                  Viewer viewer) {
        this.status = status;
        this.feed = feed;
        this.viewer = viewer;
        Div dashboard = getContent();
        dashboard.addClassName("dashboard");

        indicator.setLabel(getTranslation("map.indicator"));
        indicator.setItemLabelGenerator(i -> i.name(getLocale()));
        indicator.setId("map-indicator");
        offerIndicators();
        indicator.addValueChangeListener(change -> colourDistricts());

        layers.setLabel(getTranslation("map.layers"));
        layers.setItems(MapLayer.values());
        layers.setItemLabelGenerator(layer -> getTranslation(layer.labelKey()));
        layers.setId("map-layers");
        layers.addValueChangeListener(change -> showPoints());

        map.setNameProperty(AppLanguage.of(getLocale()) == AppLanguage.KOREAN ? "name" : "nameEn");
        map.setDistricts(geometry.districtsGeoJson());
        map.addClassName("city-map");
        map.setAriaLabel(getTranslation("map.aria"));
        map.addDistrictClickListener(code -> map.getUI().ifPresent(ui -> ui.navigate("district/" + code)));

        Div controls = new Div(indicator, layers);
        controls.addClassName("map-controls");
        legend.addClassName("map-legend");
        Section mapPanel = new Section(controls, map, legend);
        mapPanel.addClassNames("card", "map-panel");
        if (geometry.schematic()) {
            Span note = new Span(getTranslation("map.schematic"));
            note.addClassName("map-note");
            mapPanel.add(note);
        }

        Section tilePanel = new Section(new H2(getTranslation("dashboard.key")), tiles);
        tilePanel.addClassNames("card", "tile-panel");
        dashboard.add(mapPanel, tilePanel);

        colourDistricts();
        showTiles();
        LiveUpdates.follow(this, events, ObservationsRecorded.TOPIC, recorded -> {
            colourDistricts();
            showTiles();
        });
        LiveUpdates.follow(map, events, CityFeedUpdated.TOPIC, updated -> showPoints());
        LiveUpdates.follow(tiles, events, CatalogueChanged.TOPIC, changed -> {
            offerIndicators();
            colourDistricts();
            showTiles();
        });
    }

    /** The indicators the map can show; the one shown stays while it is in the catalogue (as it now is). */
    private void offerIndicators() {
        List<Indicator> mappable = status.latest(viewer).keySet().stream().filter(Indicator::perDistrict).toList();
        String shown = indicator.getValue() == null ? "AIR_PM25" : indicator.getValue().code();
        indicator.setItems(mappable);
        mappable.stream().filter(i -> i.code().equals(shown)).findFirst()
                .or(() -> mappable.stream().findFirst()).ifPresent(indicator::setValue);
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
        map.setChoropleth(choropleth.fill(), choropleth.labels());
        if (!shown.equals(legendShows)) {
            showLegend(shown);
        }
    }

    private void showLegend(Indicator shown) {
        legendShows = shown;
        legend.removeAll();
        legend.add(new Span(shown.name(getLocale()) + " (" + Formats.unit(this, shown) + ")"));
        if (shown.warnAt() != null) {
            legend.add(swatch("#5aa469", getTranslation("level.normal")), swatch("#f2a33a", getTranslation("level.warning")),
                    swatch("#d32f2f", getTranslation("level.danger")));
        }
        getContent().getElement().setAttribute("data-map-indicator", shown.code());
    }

    private Span swatch(String colour, String label) {
        Span swatch = new Span(label);
        swatch.addClassName("legend-swatch");
        swatch.getStyle().set("--swatch", colour);
        return swatch;
    }

    private void showTiles() {
        Set<String> shown = new HashSet<>();
        List<Tile> keyTiles = status.cityTiles(viewer).stream()
                .filter(tile -> shown.add(tile.indicator().area())).toList();
        tiles.show(keyTiles, tile -> new TileCard(tile,
                () -> new IndicatorDialog(status, viewer, tile.indicator(), "").open()));
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
