package kr.seoul.smartcity.citystatus.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import org.jspecify.annotations.Nullable;

import static kr.seoul.smartcity.base.ui.TableCells.cell;
import static kr.seoul.smartcity.base.ui.TableCells.columnHeader;
import static kr.seoul.smartcity.base.ui.TableCells.rowHeader;

/**
 * The district map's values as a table, for reading them and choosing a district without the map (WCAG 1.1.1,
 * 2.5.7): every district with its value and level in words, the colour beside them; a district is chosen with its
 * button, as with a click on the map. Hidden until the reader asks for it.
 */
class DistrictTable extends Div {

    private final SerializableConsumer<String> choose;

    /** @param choose called with the code of the district whose button is pressed */
    DistrictTable(String id, SerializableConsumer<String> choose) {
        this.choose = choose;
        setId(id);
        addClassName("map-table");
        setVisible(false);
    }

    /** Shows the rows of the indicator's values, the chosen district marked. */
    void showRows(@Nullable Indicator shown, Map<String, LatestValue> values, @Nullable String selected) {
        removeAll();
        Element grid = new Element("table");
        Element caption = new Element("caption");
        caption.setText(
                shown == null
                        ? getTranslation("map.aria")
                        : shown.name(getLocale()) + " (" + Formats.unit(this, shown) + ")");
        Element head = new Element("tr");
        head.appendChild(
                columnHeader(getTranslation("map.table.district")),
                columnHeader(getTranslation("map.table.value")),
                columnHeader(getTranslation("map.table.level")));
        grid.appendChild(caption, new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (SeoulDistrict district : SeoulDistrict.values()) {
            body.appendChild(row(district, shown, values, selected));
        }
        grid.appendChild(body);
        getElement().appendChild(grid);
    }

    private Element row(
            SeoulDistrict district,
            @Nullable Indicator shown,
            Map<String, LatestValue> values,
            @Nullable String selected) {
        LatestValue value = values.get(district.code());
        Element choice = new Element("button");
        choice.setAttribute("type", "button");
        choice.setAttribute("class", "map-table-district");
        choice.setAttribute("data-district", district.code());
        choice.setAttribute("aria-pressed", String.valueOf(district.code().equals(selected)));
        choice.setText(district.name(getLocale()));
        choice.addEventListener("click", click -> choose.accept(district.code()));
        Element name = rowHeader("");
        name.appendChild(choice);
        Element level = new Element("td");
        if (shown != null && value != null) {
            Element swatch = new Element("span");
            swatch.setAttribute("class", "map-table-swatch");
            swatch.setAttribute("aria-hidden", "true");
            swatch.getStyle()
                    .set(
                            "--swatch",
                            SharedChoropleths.of(shown, values, getLocale(), Formats.unit(this, shown))
                                    .fill()
                                    .getOrDefault(district.code(), "transparent"));
            level.appendChild(swatch, new Element("span").setText(level(this, shown, value.value())));
        }
        Element row = new Element("tr");
        if (district.code().equals(selected)) {
            row.setAttribute("class", "map-table-selected");
        }
        row.appendChild(
                name,
                cell(shown == null || value == null ? "–" : valueText(this, getLocale(), shown, value.value())),
                level);
        return row;
    }

    /** A value with its unit, "41 µg/m³". */
    static String valueText(Component in, Locale locale, Indicator shown, double value) {
        return Formats.value(shown, value, locale) + " " + Formats.unit(in, shown);
    }

    /** The level in a shape and a word, or nothing for an indicator without thresholds. */
    static String level(Component in, Indicator shown, double value) {
        if (shown.warnAt() == null && shown.dangerAt() == null) {
            return "";
        }
        Indicator.Level level = shown.levelOf(value);
        String mark = LevelColours.mark(level);
        String word = in.getTranslation(level.labelKey());
        return mark.isEmpty() ? word : mark + " " + word;
    }
}
