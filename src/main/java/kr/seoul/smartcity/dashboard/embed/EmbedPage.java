package kr.seoul.smartcity.dashboard.embed;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import kr.seoul.smartcity.dashboard.embed.EmbedWidgetData.Data;
import kr.seoul.smartcity.dashboard.embed.EmbedWidgetData.DistrictValue;
import kr.seoul.smartcity.dashboard.embed.EmbedWidgetData.Point;
import org.jspecify.annotations.Nullable;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The embedded widget as a small HTML page of its own, drawn in full on the server (it reads without script) and
 * redrawn by {@code /embed/widget.js} from the same data when new values arrive. Every text is escaped here: names,
 * titles and sources are written by people. No inline script or style: the page runs under the app's
 * Content-Security-Policy.
 */
final class EmbedPage {

    /** The trend's drawing area, in the SVG's own units; the stylesheet scales it. */
    static final int WIDTH = 300;

    static final int HEIGHT = 80;
    private static final int PAD = 4;

    private EmbedPage() {}

    /** The widget's page; {@code base} is the app's address with its context path, {@code query} {@code ?lang=en} or empty. */
    static String widget(Data data, Locale locale, String base, String contextPath, String query) {
        ResourceBundle texts = EmbedWidgetData.texts(locale);
        String app = EmbedWidgetData.text(texts, "app.title");
        String heading = data.title() != null ? data.title() : data.name();
        String path = contextPath + "/embed/widget/" + data.id();
        StringBuilder html = new StringBuilder(4096);
        head(html, locale, heading + " · " + app, contextPath);
        html.append("<main class=\"embed\" id=\"embed-widget\" data-view=\"")
                .append(e(data.view()))
                .append("\" data-data=\"")
                .append(e(path + "/data" + query))
                .append("\" data-events=\"")
                .append(e(path + "/events"))
                .append("\" data-live=\"no\">\n");
        html.append("<header><h1 class=\"embed-name\">").append(e(heading)).append("</h1>");
        html.append("<p class=\"embed-subtitle\"")
                .append(data.title() == null ? " hidden" : "")
                .append(">")
                .append(e(data.title() == null ? "" : data.name()))
                .append("</p></header>\n");

        html.append("<p class=\"embed-figure\" aria-live=\"polite\" data-level=\"")
                .append(e(data.level()))
                .append("\"><span class=\"embed-value\">")
                .append(e(data.value() == null ? "—" : data.value()))
                .append("</span> <span class=\"embed-unit\">")
                .append(e(data.unit()))
                .append("</span>")
                .append("<span class=\"embed-no-value\"")
                .append(data.value() == null ? "" : " hidden")
                .append(">")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.no-value")))
                .append("</span>")
                .append(" <span class=\"embed-badge embed-stale\"")
                .append(data.stale() ? "" : " hidden")
                .append(">")
                .append(e(EmbedWidgetData.text(texts, "tile.stale")))
                .append("</span>")
                .append(" <span class=\"embed-badge embed-simulated\"")
                .append(data.simulated() ? "" : " hidden")
                .append(">")
                .append(e(EmbedWidgetData.text(texts, "tile.simulated")))
                .append("</span></p>\n");

        if ("districts".equals(data.view())) {
            districts(html, data, texts);
        } else {
            trend(html, data, texts);
        }

        html.append("<dl class=\"embed-about\">");
        about(html, EmbedWidgetData.text(texts, "embed.widget.source"), "embed-source", data.source());
        about(html, EmbedWidgetData.text(texts, "embed.widget.frequency"), "embed-frequency", data.frequency());
        html.append("<div><dt>")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.as-of")))
                .append("</dt><dd><time class=\"embed-as-of\"")
                .append(
                        data.observedAt() == null
                                ? ""
                                : " datetime=\"" + e(data.observedAt().toString()) + "\"")
                .append(">")
                .append(e(data.asOf() == null ? "—" : data.asOf()))
                .append("</time></dd></div>");
        html.append("</dl>\n");
        html.append("<p class=\"embed-open\"><a href=\"")
                .append(e(base + "/status"))
                .append("\" target=\"_blank\" ")
                .append("rel=\"noopener\">")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.open", app)))
                .append("</a></p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The page of a widget that is not shown here: not public, unknown, or not a single indicator. */
    static String unavailable(Locale locale, String contextPath, String titleKey, String messageKey) {
        ResourceBundle texts = EmbedWidgetData.texts(locale);
        String title = EmbedWidgetData.text(texts, titleKey);
        StringBuilder html = new StringBuilder(1024);
        head(html, locale, title + " · " + EmbedWidgetData.text(texts, "app.title"), contextPath);
        html.append("<main class=\"embed embed-unavailable\" id=\"embed-unavailable\"><h1>")
                .append(e(title))
                .append("</h1><p>")
                .append(e(EmbedWidgetData.text(texts, messageKey)))
                .append("</p></main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, Locale locale, String title, String contextPath) {
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(e(locale.getLanguage()))
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(e(title))
                .append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"")
                .append(e(contextPath))
                .append("/embed/widget.css\">\n")
                .append("<script src=\"")
                .append(e(contextPath))
                .append("/embed/widget.js\" defer></script>\n")
                .append("</head>\n<body>\n");
    }

    private static void trend(StringBuilder html, Data data, ResourceBundle texts) {
        html.append("<figure class=\"embed-trend\"><svg class=\"embed-line\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .append(e(data.trendLabel()))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><polyline points=\"")
                .append(points(data.trend()))
                .append("\"/></svg><figcaption>")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.trend")))
                .append("</figcaption></figure>\n");
    }

    private static void districts(StringBuilder html, Data data, ResourceBundle texts) {
        html.append("<table class=\"embed-districts\"><caption>")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.districts")))
                .append("</caption><thead><tr>")
                .append("<th scope=\"col\">")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.rank")))
                .append("</th>")
                .append("<th scope=\"col\">")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.district")))
                .append("</th><th scope=\"col\" class=\"embed-number\">")
                .append(e(EmbedWidgetData.text(texts, "embed.widget.value")))
                .append(" (")
                .append(e(data.unit()))
                .append(")</th></tr></thead><tbody>");
        List<DistrictValue> districts = data.districts();
        for (int i = 0; i < districts.size(); i++) {
            DistrictValue district = districts.get(i);
            html.append("<tr data-district=\"")
                    .append(e(district.code()))
                    .append("\"><td>")
                    .append(i + 1)
                    .append("</td><th scope=\"row\">")
                    .append(e(district.name()))
                    .append("</th><td class=\"embed-number\">")
                    .append(e(district.value()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>\n");
    }

    private static void about(StringBuilder html, String term, String className, String value) {
        html.append("<div><dt>")
                .append(e(term))
                .append("</dt><dd class=\"")
                .append(className)
                .append("\">")
                .append(e(value))
                .append("</dd></div>");
    }

    /** The trend as polyline points, oldest left, scaled to the drawing area (as the script draws it too). */
    static String points(List<Point> trend) {
        if (trend.isEmpty()) {
            return "";
        }
        double min = trend.stream().mapToDouble(Point::value).min().orElse(0);
        double max = trend.stream().mapToDouble(Point::value).max().orElse(0);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            double x = trend.size() == 1 ? WIDTH / 2.0 : (double) i * WIDTH / (trend.size() - 1);
            double y = max == min
                    ? HEIGHT / 2.0
                    : HEIGHT - PAD - (trend.get(i).value() - min) / (max - min) * (HEIGHT - 2 * PAD);
            points.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
        }
        return points.toString();
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String e(@Nullable String text) {
        return text == null ? "" : htmlEscape(text, "UTF-8");
    }
}
