package kr.seoul.smartcity.approval.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.jspecify.annotations.Nullable;

/** Small helpers the approval screens share: who acts, labels and messages. */
final class ApprovalUi {

    private ApprovalUi() {}

    /** The signed-in user as the actor of an approval action, with their address for the audit trail. */
    static Actor actor(String username) {
        VaadinSession session = VaadinSession.getCurrent();
        WebBrowser browser = session == null ? null : session.getBrowser();
        return browser == null
                ? Actor.of(username)
                : new Actor(username, browser.getAddress(), browser.getBrowserApplication());
    }

    /** "김서울 (mayor)": the name staff know each other by, with the account that signs. */
    static String person(DirectoryService directory, String username) {
        return directory
                .findAccount(username)
                .map(account -> account.displayName() + " (" + username + ")")
                .orElse(username);
    }

    static String department(DirectoryService directory, String code, Locale locale) {
        return directory
                .findDepartment(code)
                .map(department -> department.name(locale))
                .orElse(code);
    }

    static String time(@Nullable Instant at, Locale locale) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(Seoul.ZONE)
                        .format(at);
    }

    static Span status(Component context, DocumentStatus status) {
        Span badge = new Span(context.getTranslation(status.labelKey()));
        badge.addClassNames(
                "approval-status", "approval-status-" + status.name().toLowerCase());
        return badge;
    }

    static void error(Component context, String messageKey) {
        Notification.show(context.getTranslation(messageKey), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(Component context, String messageKey, Object... params) {
        Notification.show(context.getTranslation(messageKey, params), 4000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
