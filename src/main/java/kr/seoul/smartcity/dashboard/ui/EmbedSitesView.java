package kr.seoul.smartcity.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.dashboard.domain.EmbedSite;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardRefusedException;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.dashboard.service.EmbedSites;
import kr.seoul.smartcity.dashboard.service.EmbedSitesChanged;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Administrators list the sites whose pages may show public widgets in a frame ({@code /embed/widget/{id}}); the
 * browser refuses the frame everywhere else. The page shows the snippet to paste for each embeddable widget.
 */
@Route("admin/embed-sites")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 92.7, title = "nav.admin.embed-sites", icon = "vaadin:code")
public class EmbedSitesView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EmbedSites sites;
    private final DashboardActor actor;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final TextField origin = new TextField();
    private final Pre snippet = new Pre();
    private final Anchor preview = new Anchor();
    private final String base;
    private final CityStatusService status;

    EmbedSitesView(
            EmbedSites sites,
            DashboardService dashboards,
            CityStatusService status,
            CurrentUser currentUser,
            LiveEventBus events) {
        this.sites = sites;
        this.status = status;
        CityUser user = currentUser.get().orElseThrow();
        this.actor = new DashboardActor(user.getUsername(), currentUser.viewer());
        this.base = EmbedSnippet.baseUrl();
        addClassNames("page", "embed-sites-view");

        H1 title = new H1(getTranslation("nav.admin.embed-sites"));
        Paragraph lead = new Paragraph(getTranslation("embed.sites.lead"));
        lead.addClassName("page-lead");
        List<Widget> embeddable = dashboards.openable(DashboardActor.CITIZEN).stream()
                .filter(d -> d.openToPublic())
                .flatMap(d -> d.layout().widgets())
                .filter(w -> w.kind() == WidgetKind.INDICATOR
                        && dashboards.embeddable(w.id()).isPresent())
                .toList();
        Select<Widget> widget = new Select<>();
        add(title, lead, listSection(), howSection(widget, embeddable));
        embeddable.stream()
                .filter(w -> w.id().equals("home-map"))
                .findFirst()
                .or(() -> embeddable.stream().findFirst())
                .ifPresentOrElse(widget::setValue, () -> showSnippet(null));
        refresh();
        LiveUpdates.follow(list, events, EmbedSitesChanged.TOPIC, changed -> refresh());
    }

    /** The sites allowed, and the form that adds one. */
    private Section listSection() {
        H2 listTitle = new H2(getTranslation("embed.sites.list"));
        listTitle.setId("embed-sites-title");
        list.setId("embed-sites");
        list.getElement().setAttribute("aria-labelledby", "embed-sites-title");
        empty.setText(getTranslation("embed.sites.empty"));
        empty.setId("embed-sites-empty");

        origin.setId("embed-site-origin");
        origin.setLabel(getTranslation("embed.sites.origin"));
        origin.setHelperText(getTranslation("embed.sites.origin.help"));
        origin.setPlaceholder("https://news.seoul.go.kr");
        origin.setClearButtonVisible(true);
        origin.setWidth("24em");
        origin.addValueChangeListener(change -> origin.setInvalid(false));
        Button add = new Button(getTranslation("embed.sites.add"), click -> add());
        add.setId("embed-site-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in the field adds, as the button does
        origin.addKeyDownListener(Key.ENTER, enter -> add());
        Div form = new Div(origin, add);
        form.addClassName("embed-site-form");
        form.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline")
                .set("flex-wrap", "wrap");
        Section listSection = new Section(listTitle, empty, list, form);
        listSection.addClassName("card");
        return listSection;
    }

    /** How to embed a widget: the snippet to paste for the one chosen, and a preview of it. */
    private Section howSection(Select<Widget> widget, List<Widget> embeddable) {
        H2 howTitle = new H2(getTranslation("embed.sites.how"));
        Paragraph how = new Paragraph(getTranslation("embed.sites.how.text"));
        widget.setId("embed-widget-choice");
        widget.setLabel(getTranslation("embed.sites.widget"));
        widget.setWidth("min(28em, 100%)");
        widget.setItems(embeddable);
        widget.setItemLabelGenerator(w -> indicatorName(w) + " (" + w.id() + ")");
        widget.addValueChangeListener(change -> showSnippet(change.getValue()));
        snippet.setId("embed-snippet");
        snippet.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        preview.setId("embed-preview");
        preview.setTarget(AnchorTarget.BLANK);
        preview.setText(getTranslation("embed.sites.preview"));
        Section howSection = new Section(howTitle, how, widget, snippet, preview);
        howSection.addClassName("card");
        return howSection;
    }

    private void add() {
        try {
            String added = sites.add(actor, origin.getValue());
            origin.clear();
            origin.setInvalid(false);
            refresh();
            Notification.show(getTranslation("embed.sites.added", added), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            origin.focus();
        } catch (DashboardRefusedException refused) {
            origin.setErrorMessage(
                    getTranslation(refused.key(), refused.arguments().toArray()));
            origin.setInvalid(true);
            origin.focus();
        }
    }

    private void remove(String site) {
        try {
            sites.remove(actor, site);
            refresh();
            Notification.show(getTranslation("embed.sites.removed", site), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DashboardRefusedException refused) {
            Notification.show(
                            getTranslation(refused.key(), refused.arguments().toArray()),
                            5000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        // the button pressed is gone: keep the keyboard on the page
        origin.focus();
    }

    private void refresh() {
        list.removeAll();
        List<EmbedSite> listed = sites.list();
        for (EmbedSite site : listed) {
            Span name = new Span(site.origin());
            name.addClassName("embed-site-origin");
            name.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            Span who = new Span(getTranslation(
                    "embed.sites.added-by",
                    site.addedBy(),
                    MINUTES.withZone(Seoul.ZONE).format(site.addedAt())));
            who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Button remove = new Button(getTranslation("embed.sites.remove"), click -> remove(site.origin()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("embed.sites.remove.label", site.origin()));
            remove.addClassName("embed-site-remove");
            ListItem item = new ListItem(name, who, remove);
            item.addClassName("embed-site");
            item.getElement().setAttribute("data-origin", site.origin());
            item.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-m)")
                    .set("align-items", "baseline")
                    .set("flex-wrap", "wrap");
            list.add(item);
        }
        list.setVisible(!listed.isEmpty());
        empty.setVisible(listed.isEmpty());
    }

    private void showSnippet(Widget widget) {
        String src = EmbedSnippet.source(base, widget == null ? "{id}" : widget.id());
        String frame = widget == null
                ? "<iframe src=\"" + src + "\" width=\"400\" height=\"300\" style=\"border:0\"></iframe>"
                : EmbedSnippet.of(base, widget, getTranslation("app.title") + " · " + indicatorName(widget));
        snippet.setText(frame + "\n" + getTranslation("embed.sites.english", src + "?lang=en"));
        preview.setHref(src);
        preview.setVisible(widget != null);
    }

    private String indicatorName(Widget widget) {
        String code = String.valueOf(widget.indicator());
        return status.indicator(Viewer.CITIZEN, code)
                .map(i -> i.name(getLocale()))
                .orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.embed-sites") + " · " + getTranslation("app.title");
    }
}
