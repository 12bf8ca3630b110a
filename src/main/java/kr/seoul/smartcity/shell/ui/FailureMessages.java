package kr.seoul.smartcity.shell.ui;

import java.net.ConnectException;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * What a person is told when something they did failed in a way no screen foresaw: when the database or another
 * service is briefly out of reach, that it may not have been saved and to reload and try again in a moment;
 * otherwise that it went wrong, with a reference to find it in the log. Never silence, never a stack trace.
 */
@Component
class FailureMessages implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FailureMessages.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::failed));
    }

    private void failed(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String reference = UUID.randomUUID().toString().substring(0, 8);
        String key = messageKey(failure);
        if (key.equals("error.unavailable")) {
            log.warn("A request failed while a service was out of reach [{}]: {}", reference, failure.toString());
        } else {
            log.error("A request failed unexpectedly [{}]", reference, failure);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(ui.getTranslation(key, reference), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /** {@code error.unavailable} when the database or a service could not be reached, else {@code error.unexpected}. */
    static String messageKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof ConnectException
                    || cause instanceof TimeoutException
                    || cause.getClass().getName().startsWith("io.r2dbc.spi.R2dbcTransient")
                    || cause.getClass().getName().equals("io.r2dbc.spi.R2dbcNonTransientResourceException")
                    || cause.getClass().getSimpleName().equals("ArchiveUnavailableException")) {
                return "error.unavailable";
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return "error.unexpected";
    }
}
