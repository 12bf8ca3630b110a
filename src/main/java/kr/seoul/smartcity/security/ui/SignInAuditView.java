package kr.seoul.smartcity.security.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.domain.SignInEvent;
import kr.seoul.smartcity.security.domain.SignInOutcome;
import kr.seoul.smartcity.security.service.AccountActor;
import kr.seoul.smartcity.security.service.AccountService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;

/** The sign-in audit for administrators (로그인 기록): who signed in or tried, when, from where, and account changes. */
@Route("admin/sign-ins")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 97, title = "nav.admin.sign-ins", icon = "vaadin:key")
public class SignInAuditView extends Main implements HasDynamicTitle {

    private static final int SHOWN = 500;

    private final AccountService accounts;
    private final CityUser admin;
    private final TextField username = new TextField();
    private final Select<SignInOutcome> outcome = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<SignInEvent> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    SignInAuditView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.admin = currentUser.get().orElseThrow();
        addClassNames("page", "signin-audit");

        FormLayout filters = filters();
        Button show = new Button(getTranslation("signin.show"), click -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.setId("audit-show");
        setUpGrid();
        count.setId("audit-count");
        refresh();

        add(new H1(getTranslation("nav.admin.sign-ins")), filters, show, count, grid);
    }

    /** Whose sign-ins, with which outcome, between which days (the last 30 at first). */
    private FormLayout filters() {
        username.setLabel(getTranslation("account.username"));
        username.setId("audit-username");
        username.setClearButtonVisible(true);
        outcome.setLabel(getTranslation("signin.outcome"));
        outcome.setId("audit-outcome");
        outcome.setItems(SignInOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("signin.outcome.all"));
        outcome.setItemLabelGenerator(
                value -> value == null ? getTranslation("signin.outcome.all") : getTranslation(value.labelKey()));
        LocalDate today = LocalDate.now(Seoul.ZONE);
        from.setLabel(getTranslation("signin.from"));
        from.setValue(today.minusDays(30));
        to.setLabel(getTranslation("signin.to"));
        to.setValue(today);
        FormLayout filters = new FormLayout(username, outcome, from, to);
        filters.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 4));
        return filters;
    }

    private void setUpGrid() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(Seoul.ZONE);
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(event -> time.format(event.at()))
                .setHeader(getTranslation("signin.at"))
                .setAutoWidth(true);
        grid.addColumn(SignInEvent::username)
                .setHeader(getTranslation("account.username"))
                .setAutoWidth(true);
        grid.addColumn(event -> getTranslation(event.outcome().labelKey()))
                .setHeader(getTranslation("signin.outcome"))
                .setAutoWidth(true);
        grid.addColumn(SignInEvent::clientAddress)
                .setHeader(getTranslation("signin.address"))
                .setAutoWidth(true);
        grid.addColumn(event -> event.actor() == null ? "" : event.actor()).setHeader(getTranslation("signin.actor"));
        grid.addColumn(event -> browser(event.userAgent()))
                .setHeader(getTranslation("signin.agent"))
                .setFlexGrow(1)
                .setTooltipGenerator(SignInEvent::userAgent);
    }

    private void refresh() {
        LocalDate start = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
        LocalDate end = to.getValue() == null ? LocalDate.now(Seoul.ZONE) : to.getValue();
        var events = accounts.audit(
                new AccountActor(admin.getUsername(), admin.role(), Requests.clientAddress()),
                username.getValue(),
                outcome.getValue(),
                start.atStartOfDay(Seoul.ZONE).toInstant(),
                end.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant(),
                SHOWN);
        grid.setItems(events);
        count.setText(getTranslation(events.size() >= SHOWN ? "signin.count.more" : "signin.count", events.size()));
    }

    /** The browser and system in a few words ("Chrome 156 · Windows"); the whole text is the tooltip. */
    static String browser(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String browser = userAgent.contains("Edg/")
                ? version(userAgent, "Edg/", "Edge")
                : userAgent.contains("Firefox/")
                        ? version(userAgent, "Firefox/", "Firefox")
                        : userAgent.contains("Chrome/")
                                ? version(userAgent, "Chrome/", "Chrome")
                                : userAgent.contains("Safari/")
                                        ? "Safari"
                                        : userAgent.split("[ /]")[0];
        String system = userAgent.contains("Android")
                ? "Android"
                : userAgent.contains("iPhone") || userAgent.contains("iPad")
                        ? "iOS"
                        : userAgent.contains("Windows")
                                ? "Windows"
                                : userAgent.contains("Mac OS") ? "macOS" : userAgent.contains("Linux") ? "Linux" : "";
        return system.isEmpty() ? browser : browser + " · " + system;
    }

    private static String version(String userAgent, String marker, String name) {
        String rest = userAgent.substring(userAgent.indexOf(marker) + marker.length());
        String major = rest.split("[^0-9]")[0];
        return major.isEmpty() ? name : name + " " + major;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.sign-ins") + " · " + getTranslation("app.title");
    }
}
