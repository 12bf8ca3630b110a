package kr.seoul.smartcity.civic.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.civic.service.IndexDetail;

/**
 * An index's latest year district by district: a map coloured by how far each district is from its target, and
 * the districts as a list from the furthest ahead, with their value and achievement.
 */
class DistrictAchievements extends Div {

    DistrictAchievements(DistrictGeometry geometry, IndexDetail detail) {
        CityMap map = new CityMap();
        map.setId("civic-map");
        map.addClassName("civic-map");
        map.setNameProperty(AppLanguage.of(getLocale()) == AppLanguage.KOREAN ? "name" : "nameEn");
        map.setDistricts(geometry.districtsGeoJson());
        geometry.attribution().ifPresent(source -> map.setAttribution(getTranslation("map.attribution", source)));
        map.setAriaLabel(getTranslation("civic.map.aria", detail.index().name(getLocale())));
        Map<String, String> fill = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Div list = new Div();
        list.setId("civic-district-list");
        list.addClassName("civic-district-list");
        // the list scrolls: a keyboard reaches it and scrolls it with the arrow keys (WCAG 2.1.1)
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("role", "region");
        list.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation("civic.district.list", detail.index().name(getLocale())));
        detail.districts().stream()
                .sorted((a, b) -> Double.compare(
                        Objects.requireNonNullElse(CivicIndexView.rate(detail.index(), b), -1.0),
                        Objects.requireNonNullElse(CivicIndexView.rate(detail.index(), a), -1.0)))
                .forEach(value -> {
                    Double rate = CivicIndexView.rate(detail.index(), value);
                    fill.put(
                            value.districtCode(),
                            switch (Achievement.level(rate)) {
                                case "met" -> "#2e7d32";
                                case "close" -> "#f2a33a";
                                case "behind" -> "#d32f2f";
                                default -> "#bdbdbd";
                            });
                    String name = SeoulDistrict.byCode(value.districtCode())
                            .map(d -> d.name(getLocale()))
                            .orElse(value.districtCode());
                    labels.put(
                            value.districtCode(),
                            Achievement.number(value.actual(), getLocale()) + " "
                                    + detail.index().unit());
                    Div row = new Div(
                            new Span(name),
                            new Span(Achievement.number(value.actual(), getLocale()) + " "
                                    + detail.index().unit()),
                            Achievement.badge(rate, getLocale()));
                    row.addClassName("index-row");
                    row.getElement().setAttribute("data-district", value.districtCode());
                    list.add(row);
                });
        map.setChoropleth(fill, labels);
        add(map, list);
        addClassName("civic-districts");
    }
}
