package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import kr.seoul.smartcity.dashboard.domain.Widget;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/** The markup another site pastes to show a public widget in a frame. */
final class EmbedSnippet {

    private EmbedSnippet() {}

    /** The iframe for a widget, its title's text escaped as in any attribute; district forms get a taller frame. */
    static String of(String base, Widget widget, String title) {
        return "<iframe src=\"" + source(base, widget.id()) + "\" title=\"" + HtmlUtils.htmlEscape(title, "UTF-8")
                + "\" width=\"400\" height=\"" + (widget.form().perDistrict() ? 720 : 300)
                + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }

    static String source(String base, String widgetId) {
        return base + "/embed/widget/" + widgetId;
    }

    /** This application's address as the browser reached it, such as {@code https://city.seoul.go.kr}. */
    static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null
                ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                        .replaceQuery(null)
                        .build()
                        .toUriString();
    }
}
