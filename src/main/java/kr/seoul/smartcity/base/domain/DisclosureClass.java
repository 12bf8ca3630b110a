package kr.seoul.smartcity.base.domain;

import java.util.Locale;

/**
 * How far a record may be shown. Every record that a feature stores carries one; what the current viewer may see is
 * decided in one place ({@code security.service.DisclosurePolicy}).
 */
public enum DisclosureClass implements Labelled {
    /** Anyone, including anonymous citizens on the public view and kiosks (공개). */
    PUBLIC,
    /** Every signed-in member of staff (내부). */
    INTERNAL,
    /** The mayor, administrators and the owning department only (비공개). */
    RESTRICTED;

    /** Key of the label in the UI translations. */
    @Override
    public String labelKey() {
        return "disclosure." + name().toLowerCase(Locale.ROOT);
    }
}
