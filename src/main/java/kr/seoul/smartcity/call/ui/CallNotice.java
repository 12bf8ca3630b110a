package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** A short notice at the top of a call's screen; a problem is shown as an error. */
final class CallNotice {

    private CallNotice() {}

    static void show(String text, boolean error) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addClassName("call-notice");
        if (error) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
