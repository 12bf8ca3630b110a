package kr.seoul.smartcity.dev;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.geo.GeoProperties;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.base.ui.map.CityMap.MapMarker;

/**
 * A page for developers to look at the shared chart and map components with made-up data (test sources only, never
 * in the production jar): {@code /dev/preview} under {@code ./mvnw spring-boot:test-run}.
 */
@Route(value = "dev/preview", autoLayout = false)
@AnonymousAllowed
public class ComponentPreviewView extends Main {

    private static final String REAL_BOUNDARIES =
            "../shared/data/geo/juso_2015_json_seoul_municipalities_geo_simple.json";

    private final Random random = new Random(42);
    private final ApexChart sparkline = ApexChart.sparkline().setColor("#c8102e");
    private final ApexChart history = ApexChart.line().setUnit("µg/m³").setNoDataText("No data");
    private final List<CityMap> maps = new ArrayList<>();

    public ComponentPreviewView(DistrictGeometry geometry) {
        addClassName("page");
        add(new H1("Component preview"));

        Div tile = new Div(new Span("PM10 · 종로구"), sparkline);
        tile.addClassName("card");
        tile.getStyle().set("max-width", "220px");

        Section chartCard = new Section(new H2("PM10, last 48 hours"), history);
        chartCard.addClassName("card");

        Span clicked = new Span("Click a district");
        clicked.setId("preview-clicked");
        CityMap schematic = map(geometry.districtsGeoJson(), clicked);
        schematic.setId("preview-map");
        Section mapCard = new Section(
                new H2("Districts (" + (geometry.schematic() ? "schematic map" : "boundaries") + ")"),
                schematic,
                clicked);
        mapCard.addClassName("card");

        DistrictGeometry real = new DistrictGeometry(new GeoProperties(REAL_BOUNDARIES));
        CityMap boundaries = map(real.districtsGeoJson(), clicked);
        Section realCard = new Section(
                new H2("Districts (" + (real.schematic() ? "schematic map" : "boundaries") + ")"),
                boundaries,
                new Paragraph("Boundaries: southkorea/seoul-maps (Apache-2.0)"));
        realCard.addClassName("card");

        Button update = new Button("New data", click -> refresh());
        update.setId("preview-update");
        Button restyle = new Button("Other look", click -> {
            history.setColor("#2e7d32").setUnit("ppb").clearBand();
            maps.forEach(CityMap::clearChoropleth);
            maps.forEach(map -> map.clearPoints("bikes"));
        });
        restyle.setId("preview-restyle");

        Div grid = new Div(tile, chartCard, mapCard, realCard);
        grid.addClassName("card-grid");
        add(new Div(update, restyle), grid);
        refresh();
    }

    private CityMap map(String geoJson, Span clicked) {
        CityMap map = new CityMap();
        map.setHeight("420px");
        map.setAriaLabel("Seoul districts");
        map.setDistricts(geoJson);
        map.addDistrictClickListener(code -> {
            clicked.setText("Clicked "
                    + SeoulDistrict.byCode(code).map(SeoulDistrict::nameKo).orElse(code));
            maps.forEach(each -> each.setSelectedDistrict(code));
        });
        map.addMarkerClickListener((layer, id) -> clicked.setText("Marker " + layer + "/" + id));
        maps.add(map);
        return map;
    }

    private void refresh() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        List<ApexChart.Point> points = new ArrayList<>();
        List<ApexChart.Range> band = new ArrayList<>();
        double level = 30 + random.nextDouble() * 20;
        for (int hour = 47; hour >= 0; hour--) {
            Instant at = now.minus(Duration.ofHours(hour));
            level = Math.max(5, level + random.nextGaussian() * 4);
            points.add(new ApexChart.Point(at, Math.round(level * 10) / 10.0));
            band.add(new ApexChart.Range(
                    at, Math.max(0, level - 6 - random.nextDouble() * 4), level + 6 + random.nextDouble() * 6));
        }
        sparkline.setSeries("PM10", points.subList(24, 48));
        history.setSeries("PM10", points).setBand("min–max", band);

        Map<String, String> colours = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (SeoulDistrict district : SeoulDistrict.values()) {
            int value = 15 + random.nextInt(70);
            colours.put(
                    district.code(),
                    value <= 30 ? "#4f8fd6" : value <= 50 ? "#5cb85c" : value <= 70 ? "#f0ad4e" : "#d9534f");
            labels.put(district.code(), value + " µg/m³");
        }
        List<MapMarker> bikes = List.of(
                new MapMarker("ST-1", 37.5759, 126.9768, "광화문역 (12대)", "#0b3d91"),
                new MapMarker("ST-2", 37.5547, 126.9707, "서울역 (3대)", "#0b3d91"),
                new MapMarker("ST-3", 37.4979, 127.0276, "강남역 (8대)", "#0b3d91"),
                new MapMarker("ST-4", 37.5219, 126.9245, "여의도 (0대)", "#9e9e9e"),
                new MapMarker("ST-5", 37.6543, 127.0565, "노원역 (5대)", "#0b3d91"),
                new MapMarker("ST-6", 37.5133, 127.1001, "잠실역 (15대)", "#0b3d91"),
                new MapMarker("ST-7", 37.5585, 126.8371, "발산역 (6대)", "#0b3d91"));
        List<MapMarker> incidents =
                List.of(new MapMarker("IN-1", 37.5663 + random.nextGaussian() * 0.01, 126.9779, "사고: 세종대로", "#c8102e"));
        maps.forEach(map -> {
            map.setChoropleth(colours, labels);
            map.setPoints("bikes", bikes);
            map.setPoints("incidents", incidents);
        });
    }
}
