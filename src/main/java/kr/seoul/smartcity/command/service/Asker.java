package kr.seoul.smartcity.command.service;

import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Who gives a command, or on whose screen it is to be shown: what they may see (their viewer) and, for staff, their
 * username (documents and reports are theirs to see by name).
 */
public record Asker(Viewer viewer, @Nullable String username) {

    public static final Asker CITIZEN = new Asker(Viewer.CITIZEN, null);

    public boolean isStaff() {
        return username != null && viewer.isStaff();
    }
}
