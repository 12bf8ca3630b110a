package kr.seoul.smartcity.civic.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import kr.seoul.smartcity.civic.domain.PartnerCity;
import org.springframework.web.util.HtmlUtils;

/**
 * Seoul's partner cities on a plain equirectangular world grid drawn as SVG: latitude and longitude lines, a line
 * from Seoul to each city and a dot per city. It needs no map tiles and no third-party country outlines, so it works
 * offline; the list next to it carries the same cities for screen readers.
 */
class WorldPlot extends Composite<Div> {

    static final double SEOUL_LAT = 37.566;
    static final double SEOUL_LON = 126.978;

    WorldPlot(
            List<PartnerCity> partners,
            Locale locale,
            String seoulName,
            String label,
            String sisterLabel,
            String friendshipLabel) {
        StringBuilder svg = new StringBuilder("<svg viewBox='0 0 360 180' role='img' aria-label='")
                .append(HtmlUtils.htmlEscape(label))
                .append("' xmlns='http://www.w3.org/2000/svg'>")
                .append("<rect x='0' y='0' width='360' height='180' class='world-sea'/>");
        grid(svg);
        cities(svg, partners, locale);
        svg.append(String.format(
                Locale.ROOT,
                "<circle cx='%.2f' cy='%.2f' r='3.5' class='world-seoul'><title>%s</title></circle></svg>",
                x(SEOUL_LON),
                y(SEOUL_LAT),
                HtmlUtils.htmlEscape(seoulName)));
        Div root = getContent();
        root.setId("world-plot");
        root.addClassName("world-plot");
        root.getElement()
                .setProperty(
                        "innerHTML",
                        svg + "<div class='world-legend'><span class='legend-dot world-seoul-dot'>"
                                + HtmlUtils.htmlEscape(seoulName) + "</span><span class='legend-dot world-sister-dot'>"
                                + HtmlUtils.htmlEscape(sisterLabel)
                                + "</span><span class='legend-dot world-friendship-dot'>"
                                + HtmlUtils.htmlEscape(friendshipLabel) + "</span></div>");
    }

    /** Meridians every 30 degrees and parallels from 60° south to 60° north, the equator marked. */
    private static void grid(StringBuilder svg) {
        for (int lon = -180; lon <= 180; lon += 30) {
            svg.append(String.format(
                    Locale.ROOT, "<line x1='%d' y1='0' x2='%d' y2='180' class='world-grid'/>", lon + 180, lon + 180));
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1='0' y1='%d' x2='360' y2='%d' class='world-grid%s'/>",
                    90 - lat,
                    90 - lat,
                    lat == 0 ? " world-equator" : ""));
        }
    }

    /** A line from Seoul to each partner city, then each city as a dot with its name. */
    private static void cities(StringBuilder svg, List<PartnerCity> partners, Locale locale) {
        for (PartnerCity city : partners) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1='%.2f' y1='%.2f' x2='%.2f' y2='%.2f' class='world-link'/>",
                    x(SEOUL_LON),
                    y(SEOUL_LAT),
                    x(city.longitude()),
                    y(city.latitude())));
        }
        for (PartnerCity city : partners) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx='%.2f' cy='%.2f' r='2.2' class='world-city world-%s' data-city='%s'><title>%s</title></circle>",
                    x(city.longitude()),
                    y(city.latitude()),
                    city.kind().name().toLowerCase(Locale.ROOT),
                    HtmlUtils.htmlEscape(city.nameEn()),
                    HtmlUtils.htmlEscape(city.name(locale) + " · " + city.country(locale))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x='%.2f' y='%.2f' class='world-label'>%s</text>",
                    x(city.longitude()) + 3,
                    y(city.latitude()) + 1.3,
                    HtmlUtils.htmlEscape(city.name(locale))));
        }
    }

    private static double x(double longitude) {
        return longitude + 180;
    }

    private static double y(double latitude) {
        return 90 - latitude;
    }
}
