package kr.seoul.smartcity.shell.ui;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.i18n.LanguagePreference;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.ui.AccountView;
import kr.seoul.smartcity.security.ui.LoginView;

/**
 * The frame around every view: the city's name, the navigation the visitor may use (public for everyone, work for
 * staff, administration for administrators), the language switch and sign-in or sign-out. The drawer folds away
 * on phones.
 */
@Layout
@AnonymousAllowed
// Contributions (the alert bell, the call telephone with its ringing dialog) are Spring beans the bundle scanner
// cannot follow: name what they show.
@Uses(Notification.class)
@Uses(Dialog.class)
// the command bar's keys (/ and Ctrl-K), speech recognition and synthesis, on every screen (feature command)
@JsModule("./components/city-command.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private String shownPath = "";

    MainLayout(CurrentUser currentUser, List<NavbarContribution> contributions) {
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("navbar-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        // the top bar is the page's banner landmark; its first stop for the keyboard skips to the content
        Header header = new Header(skipLink(), toggle, title, spacer);
        header.addClassName("navbar-header");
        contributions.forEach(contribution -> contribution.create().ifPresent(header::add));
        header.add(languageSwitch(), userArea(currentUser));
        addToNavbar(header);

        Div brand = new Div(new Span(getTranslation("app.city")), new Span(getTranslation("app.title")));
        brand.addClassName("drawer-brand");
        addToDrawer(brand, navigation());
        keyboardScrollableContent();
    }

    /**
     * The content area scrolls inside the layout. On a page with nothing in it the keyboard can reach (a list of
     * disasters or published directives, say), a keyboard user could not scroll it (WCAG 2.1.1; axe
     * scrollable-region-focusable): the area then takes a tab stop itself, with a focus outline, and gives it up as
     * soon as the page has a link, a button or a field.
     */
    private void keyboardScrollableContent() {
        getElement().executeJs("""
                const layout = this;
                const reachable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]),'
                    + ' vaadin-grid, vaadin-details, vaadin-tabs, vaadin-upload, vaadin-combo-box, vaadin-select';
                const check = () => {
                  const area = layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
                  if (!area) { return; }
                  const content = [...layout.children].filter(child => !child.hasAttribute('slot'));
                  const keyboard = content.some(child => child.matches(reachable) || child.querySelector(reachable));
                  if (keyboard) { area.removeAttribute('tabindex'); } else { area.setAttribute('tabindex', '0'); }
                };
                // live pages change their text many times a second: look once per frame at most
                let pending = false;
                const later = () => {
                  if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; check(); }); }
                };
                customElements.whenDefined('vaadin-app-layout').then(() => {
                  new MutationObserver(later).observe(layout, {childList: true, subtree: true});
                  check();
                });""");
    }

    /**
     * The menu: one side navigation per section (public, work, administration), each a navigation landmark named by
     * its collapsible label. Sections as items with children would give each a toggle button whose aria-controls
     * points at an id the item does not have (axe aria-valid-attr-value), and leave the section unnamed.
     */
    private Div navigation() {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        Div nav = new Div();
        nav.setId("main-nav");
        addSection(
                nav,
                "nav.section.public",
                entries.stream()
                        .filter(entry ->
                                entry.path().isEmpty() || entry.menuClass().isAnnotationPresent(AnonymousAllowed.class))
                        .toList());
        addSection(
                nav,
                "nav.section.work",
                entries.stream()
                        .filter(entry -> !entry.path().isEmpty()
                                && !entry.menuClass().isAnnotationPresent(AnonymousAllowed.class)
                                && !entry.path().startsWith("admin"))
                        .toList());
        addSection(
                nav,
                "nav.section.admin",
                entries.stream()
                        .filter(entry -> entry.path().startsWith("admin"))
                        .toList());
        return nav;
    }

    private void addSection(Div nav, String labelKey, List<MenuEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        SideNav section = new SideNav(getTranslation(labelKey));
        section.addClassName("nav-section");
        section.setCollapsible(true);
        entries.forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), "/" + entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            section.addItem(item);
        });
        nav.add(section);
    }

    /**
     * "Skip to content": hidden until it has the keyboard's focus, it moves the focus to the view (every view is a
     * {@code <main>}), so that a keyboard or switch user need not pass the top bar and the menu on every page.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#", getTranslation("nav.skip"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.querySelector('vaadin-app-layout > main') || document.querySelector('main');
                  if (main) {
                    if (!main.hasAttribute('tabindex')) { main.setAttribute('tabindex', '-1'); }
                    main.focus();
                  }
                });""");
        return skip;
    }

    private Button languageSwitch() {
        AppLanguage current = AppLanguage.of(getLocale());
        AppLanguage other = current == AppLanguage.KOREAN ? AppLanguage.ENGLISH : AppLanguage.KOREAN;
        Button button = new Button(
                other.nativeName(), VaadinIcon.GLOBE_WIRE.create(), click -> LanguagePreference.choose(other));
        button.setId("language-switch");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", other.tag());
        button.setAriaLabel(getTranslation("language.switch", other.nativeName()));
        return button;
    }

    private Div userArea(CurrentUser currentUser) {
        Div area = new Div();
        area.addClassName("user-area");
        currentUser
                .get()
                .ifPresentOrElse(
                        user -> {
                            RouterLink name = new RouterLink(user.displayName(), AccountView.class);
                            name.setId("current-user");
                            name.addClassName("user-name");
                            name.getElement().setAttribute("title", getTranslation("account.title"));
                            Span role = new Span(getTranslation(user.role().labelKey()));
                            role.addClassName("user-role");
                            Button logout = new Button(
                                    getTranslation("nav.logout"),
                                    VaadinIcon.SIGN_OUT.create(),
                                    click -> currentUser.logout());
                            logout.setId("logout");
                            logout.setAriaLabel(getTranslation("nav.logout"));
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            area.add(name, role, logout);
                        },
                        () -> {
                            RouterLink login = new RouterLink(getTranslation("nav.login"), LoginView.class);
                            login.setId("login-link");
                            login.addClassName("login-link");
                            area.add(login);
                        });
        return area;
    }

    /** A new page opens at its top, as a person expects, not where the previous page was scrolled to. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (!path.equals(shownPath)) {
            shownPath = path;
            // the content scrolls inside the layout (its shadow root) on wide screens, the document on narrow ones
            getElement().executeJs("""
                    for (const scroller of [document.scrollingElement, this, ...this.shadowRoot.querySelectorAll('*')]) {
                      if (scroller && scroller.scrollTop) { scroller.scrollTop = 0; }
                    }""");
        }
    }
}
