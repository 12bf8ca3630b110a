package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.VaadinSession;

/**
 * The reading modes a person switched on at a kiosk (high contrast, large text). They stay on for the kiosk's browser
 * while the person moves between the kiosk's pages (its panels, its theme pages), and go off when the kiosk starts
 * over for the next person. Each mode is a class on the kiosk's {@code main} that the theme styles.
 */
public record KioskModes(boolean contrast, boolean largeText) {

    public static final KioskModes OFF = new KioskModes(false, false);
    public static final String CONTRAST_CLASS = "kiosk-contrast";
    public static final String LARGE_TEXT_CLASS = "kiosk-large-text";

    /** The modes of this browser's kiosk, off if none were switched on. */
    public static KioskModes current() {
        VaadinSession session = VaadinSession.getCurrent();
        KioskModes modes = session == null ? null : session.getAttribute(KioskModes.class);
        return modes == null ? OFF : modes;
    }

    /** Keeps these modes for the kiosk's next page. */
    public void keep() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KioskModes.class, this);
        }
    }

    /** Shows the modes on the kiosk's page. */
    public void applyTo(HasElement kiosk) {
        kiosk.getElement().getClassList().set(CONTRAST_CLASS, contrast);
        kiosk.getElement().getClassList().set(LARGE_TEXT_CLASS, largeText);
    }
}
