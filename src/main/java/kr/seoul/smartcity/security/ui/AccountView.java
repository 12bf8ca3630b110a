package kr.seoul.smartcity.security.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.domain.PasswordRules;
import kr.seoul.smartcity.security.domain.SignInEvent;
import kr.seoul.smartcity.security.service.AccountActor;
import kr.seoul.smartcity.security.service.AccountRefusedException;
import kr.seoul.smartcity.security.service.AccountService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.modulith.NamedInterface;

/**
 * A member's own account (내 계정): who they are, a new password (required after an administrator's reset; every
 * other page leads here until it is set), and their recent sign-ins, so that they notice one that was not theirs.
 */
@Route("account")
@PermitAll
@NamedInterface("ui")
public class AccountView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final CityUser user;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Div notice = new Div();
    private final UnorderedList history = new UnorderedList();

    AccountView(AccountService accounts, CurrentUser currentUser, DirectoryService directory) {
        this.accounts = accounts;
        this.user = currentUser.get().orElseThrow();
        addClassNames("page", "account-view");

        notice.setId("account-must-change");
        notice.addClassName("account-must-change");
        notice.getElement().setAttribute("role", "alert");
        notice.add(new Paragraph(getTranslation("account.must-change")));
        notice.setVisible(accounts.mustChangePassword(user.getUsername()));

        UnorderedList who = who(directory);
        Button change = new Button(getTranslation("account.password.change"), click -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("account-change");
        FormLayout form = passwordForm();

        history.setId("account-history");
        history.addClassName("account-history");
        showHistory();

        add(
                new H1(getTranslation("account.title")),
                notice,
                Card.titled(getTranslation("account.facts"), who),
                Card.titled(getTranslation("account.password.title"), form, change),
                Card.titled(
                        getTranslation("account.history"),
                        new Paragraph(getTranslation("account.history.help")),
                        history));
    }

    /** Who the user is: name, username, role and department. */
    private UnorderedList who(DirectoryService directory) {
        UnorderedList who = new UnorderedList(
                new ListItem(getTranslation("account.name") + ": " + user.displayName()),
                new ListItem(getTranslation("account.username") + ": " + user.getUsername()),
                new ListItem(getTranslation("account.role") + ": "
                        + getTranslation(user.role().labelKey())),
                new ListItem(getTranslation("account.department") + ": "
                        + (user.departmentCode() == null
                                ? "—"
                                : directory
                                        .findDepartment(user.departmentCode())
                                        .map(d -> d.name(getLocale()))
                                        .orElse(user.departmentCode()))));
        who.addClassName("account-facts");
        return who;
    }

    private FormLayout passwordForm() {
        current.setLabel(getTranslation("account.password.current"));
        current.setId("account-current");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setLabel(getTranslation("account.password.new"));
        next.setId("account-new");
        next.setHelperText(getTranslation("account.password.rules", PasswordRules.MIN_LENGTH));
        next.setMaxLength(PasswordRules.MAX_LENGTH);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setLabel(getTranslation("account.password.repeat"));
        repeated.setId("account-repeat");
        repeated.setMaxLength(PasswordRules.MAX_LENGTH);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        FormLayout form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        return form;
    }

    private void change() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeated.setInvalid(false);
        try {
            accounts.changeOwnPassword(
                    new AccountActor(user.getUsername(), user.role(), Requests.clientAddress()),
                    current.getValue(),
                    next.getValue(),
                    repeated.getValue(),
                    Requests.sessionId());
            current.clear();
            next.clear();
            repeated.clear();
            notice.setVisible(false);
            PasswordChangeRequired.changed(user.getUsername());
            Notification.show(getTranslation("account.password.changed"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showHistory();
        } catch (AccountRefusedException refused) {
            PasswordField field = switch (refused.messageKey()) {
                case "account.password.wrong-current" -> current;
                case "account.password.mismatch" -> repeated;
                default -> next;
            };
            field.setErrorMessage(getTranslation(refused.messageKey(), PasswordRules.MIN_LENGTH));
            field.setInvalid(true);
            field.focus();
        }
    }

    private void showHistory() {
        history.removeAll();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(Seoul.ZONE);
        for (SignInEvent event : accounts.ownHistory(user.getUsername(), 10)) {
            Span outcome = new Span(getTranslation(event.outcome().labelKey()));
            outcome.addClassName("signin-outcome");
            outcome.getElement().setAttribute("data-outcome", event.outcome().name());
            history.add(new ListItem(
                    new Span(time.format(event.at()) + " · "), outcome, new Span(" · " + event.clientAddress())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.title");
    }
}
