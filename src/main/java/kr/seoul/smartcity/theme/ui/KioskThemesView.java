package kr.seoul.smartcity.theme.ui;

import java.time.Duration;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.domain.CityTheme;
import kr.seoul.smartcity.theme.service.ThemeService;
import org.springframework.beans.factory.annotation.Value;

/**
 * The themes on the kiosk in a station: one large card to touch per published public theme, whoever is signed in
 * on the browser.
 */
@Route(value = "kiosk/themes", autoLayout = false)
@AnonymousAllowed
@StyleSheet("themes/city/theme-pages.css")
public class KioskThemesView extends KioskFrame implements HasDynamicTitle {

    KioskThemesView(
            ThemeService themes,
            @Value("${city.kiosk.idle-reset:60s}") Duration idle,
            @Value("${city.kiosk.idle-warning:20s}") Duration warning) {
        super(idle, warning);
        setHeading(getTranslation("nav.themes"));
        Div cards = new Div();
        cards.setId("kiosk-theme-cards");
        cards.addClassNames("theme-cards", "kiosk-theme-cards");
        for (CityTheme theme : themes.published(Viewer.CITIZEN)) {
            Anchor card = new Anchor("kiosk/themes/" + theme.slug(), "");
            Span name = new Span(theme.title(getLocale()));
            name.addClassName("kiosk-theme-name");
            card.add(name, new Paragraph(theme.intro(getLocale())));
            card.getElement().setAttribute("router-link", true);
            card.getElement().setAttribute("data-theme", theme.slug());
            card.addClassNames("card", "theme-card", "kiosk-theme-card");
            cards.add(card);
        }
        add(cards.getChildren().findAny().isPresent() ? cards : new Paragraph(getTranslation("theme.list.none")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.themes") + " · " + getTranslation("app.title");
    }
}
