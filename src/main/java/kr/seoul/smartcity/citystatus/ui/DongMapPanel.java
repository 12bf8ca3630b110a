package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.geo.DongGeometry;
import kr.seoul.smartcity.base.ui.map.CityMap;

/**
 * A district's administrative dongs (행정동): their boundaries on a map with the attribution their licence asks for
 * right under it,
 * and the same dongs as a list beside it (the map's text alternative). A dong touched on the map is outlined and
 * named. Only where a dong layer is configured ({@code city.geo.dongs.*}).
 */
class DongMapPanel extends Section {

    DongMapPanel(SeoulDistrict district, String geoJson, List<DongGeometry.Dong> dongs, String attribution) {
        setId("district-dongs");
        addClassName("district-dongs");
        H2 heading = new H2(getTranslation("district.dongs", dongs.size()));
        CityMap map = new CityMap();
        map.setId("dong-map");
        map.addClassName("dong-map");
        map.setDistricts(geoJson);
        map.setAriaLabel(getTranslation("district.dongs.aria", district.name(getLocale())));
        Paragraph chosen = new Paragraph();
        chosen.setId("dong-chosen");
        chosen.getElement().setAttribute("aria-live", "polite");
        UnorderedList list = new UnorderedList();
        list.setId("dong-list");
        list.addClassName("dong-list");
        for (DongGeometry.Dong dong : dongs) {
            ListItem item = new ListItem(dong.name());
            item.getElement().setAttribute("data-dong", dong.code());
            list.add(item);
        }
        map.addDistrictClickListener(code -> {
            map.setSelectedDistrict(code);
            dongs.stream()
                    .filter(dong -> dong.code().equals(code))
                    .findFirst()
                    .ifPresent(dong -> chosen.setText(getTranslation("district.dongs.chosen", dong.name())));
        });
        // the attribution the licence asks for, right under the map: long enough to hide the dongs as an overlay
        Paragraph credit = new Paragraph(getTranslation("map.attribution", attribution));
        credit.setId("dong-attribution");
        credit.addClassName("dong-attribution");
        Div body = new Div(new Div(map, credit), new Div(chosen, list));
        body.addClassName("district-dongs-body");
        add(heading, body);
    }
}
