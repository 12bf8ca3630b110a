package kr.seoul.smartcity.security.ui;

import java.security.SecureRandom;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.domain.PasswordRules;
import kr.seoul.smartcity.security.service.AccountActor;
import kr.seoul.smartcity.security.service.AccountRefusedException;
import kr.seoul.smartcity.security.service.AccountService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * Accounts for administrators (계정 관리): disable and enable an account (its open sessions end at once), and reset
 * a password to a temporary one shown once, which its owner must change at the next sign-in.
 */
@Route("admin/accounts")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 96, title = "nav.admin.accounts", icon = "vaadin:users")
public class AccountsAdminView extends Main implements HasDynamicTitle {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountService accounts;
    private final DirectoryService directory;
    private final CityUser admin;
    private final Grid<UserAccount> grid = new Grid<>();

    AccountsAdminView(AccountService accounts, DirectoryService directory, CurrentUser currentUser) {
        this.accounts = accounts;
        this.directory = directory;
        this.admin = currentUser.get().orElseThrow();
        addClassNames("page", "accounts-admin");

        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("account.name"))
                .setFlexGrow(1)
                .setTooltipGenerator(UserAccount::displayName);
        grid.addColumn(UserAccount::username)
                .setHeader(getTranslation("account.username"))
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.role().labelKey())).setHeader(getTranslation("account.role"));
        grid.addColumn(account -> account.departmentCode() == null
                        ? "—"
                        : directory
                                .findDepartment(account.departmentCode())
                                .map(d -> d.name(getLocale()))
                                .orElse(account.departmentCode()))
                .setHeader(getTranslation("account.department"));
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("account.admin.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("account.admin.actions"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        refresh();

        add(new H1(getTranslation("nav.admin.accounts")), new Paragraph(getTranslation("account.admin.help")), grid);
    }

    private void refresh() {
        List<UserAccount> all = accounts.accounts(actor());
        grid.setItems(all);
    }

    private Span state(UserAccount account) {
        String text = getTranslation(account.enabled() ? "account.admin.enabled" : "account.admin.disabled")
                + (account.mustChangePassword() ? " · " + getTranslation("account.admin.must-change") : "");
        Span state = new Span(text);
        state.getElement().setAttribute("theme", account.enabled() ? "badge success" : "badge error");
        state.getElement().setAttribute("data-username", account.username());
        return state;
    }

    private Div actions(UserAccount account) {
        Div actions = new Div();
        actions.addClassName("account-actions");
        if (account.username().equals(admin.getUsername())) {
            actions.add(new Span(getTranslation("account.admin.yourself")));
            return actions;
        }
        Button toggle = new Button(
                getTranslation(account.enabled() ? "account.admin.disable" : "account.admin.enable"),
                click -> act(
                        () -> accounts.setEnabled(actor(), account.username(), !account.enabled()),
                        account.enabled() ? "account.admin.disabled-done" : "account.admin.enabled-done"));
        toggle.setId("account-toggle-" + account.username());
        toggle.addThemeVariants(
                ButtonVariant.LUMO_SMALL, account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.setAriaLabel(toggle.getText() + " " + account.displayName());
        Button reset = new Button(getTranslation("account.admin.reset"), click -> resetDialog(account));
        reset.setId("account-reset-" + account.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel(reset.getText() + " " + account.displayName());
        actions.add(toggle, reset);
        return actions;
    }

    private void resetDialog(UserAccount account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.admin.reset-title", account.displayName()));
        TextField temporary = new TextField(getTranslation("account.admin.temporary"));
        temporary.setId("account-temporary");
        temporary.setValue(generate());
        temporary.setWidthFull();
        temporary.setHelperText(getTranslation("account.admin.temporary-help", PasswordRules.MIN_LENGTH));
        Button generate = new Button(getTranslation("account.admin.generate"), click -> temporary.setValue(generate()));
        Button confirm = new Button(getTranslation("account.admin.reset"), click -> {
            try {
                accounts.resetPassword(actor(), account.username(), temporary.getValue());
                dialog.close();
                Notification.show(
                                getTranslation("account.admin.reset-done", account.displayName()),
                                5000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (AccountRefusedException refused) {
                temporary.setErrorMessage(getTranslation(refused.messageKey(), PasswordRules.MIN_LENGTH));
                temporary.setInvalid(true);
            }
        });
        confirm.setId("account-reset-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("account.admin.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("account.admin.reset-explain")), temporary, generate);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private AccountActor actor() {
        return new AccountActor(admin.getUsername(), admin.role(), Requests.clientAddress());
    }

    /** A temporary password the administrator passes on: 16 letters and digits, no look-alikes. */
    private static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.accounts") + " · " + getTranslation("app.title");
    }
}
