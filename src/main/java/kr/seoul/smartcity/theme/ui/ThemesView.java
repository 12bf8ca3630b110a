package kr.seoul.smartcity.theme.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.theme.domain.CityTheme;
import kr.seoul.smartcity.theme.service.ThemeService;

/** The theme pages of civic affairs (걷는 서울, 일자리 서울 …) as cards, for citizens, staff and kiosks. */
@Route("civic/themes")
@AnonymousAllowed
@Menu(order = 5.5, title = "nav.themes", icon = "vaadin:open-book")
@StyleSheet("themes/city/theme-pages.css")
public class ThemesView extends Main implements HasDynamicTitle {

    ThemesView(ThemeService themes, CurrentUser currentUser) {
        addClassNames("page", "themes-view");
        Div cards = new Div();
        cards.setId("theme-cards");
        cards.addClassName("theme-cards");
        for (CityTheme theme : themes.published(currentUser.viewer())) {
            Anchor link = new Anchor("civic/themes/" + theme.slug(), theme.title(getLocale()));
            link.getElement().setAttribute("router-link", true);
            Section card = new Section(new H2(link), new Paragraph(theme.intro(getLocale())));
            card.addClassNames("card", "theme-card");
            card.getElement().setAttribute("data-theme", theme.slug());
            cards.add(card);
        }
        add(new H1(getTranslation("nav.themes")), new Paragraph(getTranslation("theme.list.intro")));
        if (cards.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("theme.list.none")));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.themes") + " · " + getTranslation("app.title");
    }
}
