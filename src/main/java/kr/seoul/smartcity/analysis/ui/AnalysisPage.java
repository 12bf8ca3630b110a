package kr.seoul.smartcity.analysis.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.ui.map.CityMap;
import org.jspecify.annotations.Nullable;

/**
 * What every analysis page has, in the same order: the question, the data used with their sources and dates (and a
 * label when any is simulated), the method in plain words, the result, what was decided and when it was computed.
 */
abstract class AnalysisPage extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    private final String titleKey;

    AnalysisPage(String titleKey, String questionKey) {
        this.titleKey = titleKey;
        addClassNames("page", "analysis-view");
        Paragraph question = new Paragraph(getTranslation(questionKey));
        question.addClassName("page-lead");
        add(new H1(getTranslation(titleKey)), question);
    }

    /** The report's result, or a word that the data it needs is not there yet. */
    final <R> void show(java.util.Optional<R> report, java.util.function.Consumer<R> result, String missingKey) {
        report.ifPresentOrElse(result, () -> add(new Paragraph(getTranslation(missingKey))));
    }

    /** The district map every analysis draws on, described for screen readers by {@code ariaKey}. */
    final CityMap map(DistrictGeometry geometry, String ariaKey) {
        CityMap map = new CityMap();
        map.setId("analysis-map");
        map.setHeight("460px");
        map.setDistricts(geometry.districtsGeoJson());
        map.setAriaLabel(getTranslation(ariaKey));
        geometry.attribution().ifPresent(map::setAttribution);
        return map;
    }

    /** The district map with each district in blue by the share of its people within reach, the share its label. */
    final CityMap coverageMap(
            DistrictGeometry geometry, String ariaKey, List<StationCoverage.DistrictCoverage> districts) {
        CityMap map = map(geometry, ariaKey);
        Map<String, String> colours = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        districts.forEach(district -> {
            colours.put(district.districtCode(), blue(district.share()));
            labels.put(district.districtCode(), Math.round(district.share() * 100) + "%");
        });
        map.setChoropleth(colours, labels);
        return map;
    }

    final void simulated(boolean simulated) {
        if (simulated) {
            Span label = new Span(getTranslation("analysis.simulated"));
            label.setId("analysis-simulated");
            label.addClassNames("analysis-simulated", "badge-simulated");
            add(label);
        }
    }

    final void data(ListItem... items) {
        UnorderedList data = new UnorderedList(items);
        data.setId("analysis-data");
        add(new H2(getTranslation("analysis.data")), data);
    }

    /** A dataset as one line of the data used: what it is, its source, link and date. */
    final ListItem dataset(Dataset dataset, int rows) {
        ListItem item = new ListItem(getTranslation(
                "analysis.dataset.line",
                getTranslation(dataset.name().labelKey()),
                rows,
                dataset.source(),
                dataset.asOf() == null ? getTranslation("analysis.no-date") : dataset.asOf()));
        if (dataset.link() != null) {
            com.vaadin.flow.component.html.Anchor link =
                    new com.vaadin.flow.component.html.Anchor(dataset.link(), getTranslation("analysis.dataset.link"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            item.add(new Span(" · "), link);
        }
        return item;
    }

    final void method(String text) {
        add(new H2(getTranslation("analysis.method")), new Paragraph(text));
    }

    final void closing(Instant computedAt) {
        add(new H2(getTranslation("analysis.decided")), new Paragraph(getTranslation("analysis.decided.none")));
        Paragraph computed = new Paragraph(getTranslation("analysis.computed", WHEN.format(computedAt)));
        computed.addClassName("analysis-computed");
        add(computed);
    }

    final String district(String code) {
        return SeoulDistrict.byCode(code).map(d -> d.name(getLocale())).orElse(code);
    }

    final String when(@Nullable Instant at) {
        return at == null ? getTranslation("analysis.no-date") : WHEN.format(at);
    }

    /** Light (little) to dark blue (much), in six steps over 0 to 1. */
    static String blue(double share) {
        String[] steps = {"#f1f5fb", "#d3e1f4", "#a9c4ea", "#6f9fd9", "#3b78c3", "#0b4f9c"};
        return steps[(int) Math.max(0, Math.min(steps.length - 1, Math.floor(share * steps.length)))];
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
