package kr.seoul.smartcity.directory.domain;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** What a member of staff may do. Citizens are anonymous and have no role. */
@NamedInterface("model")
public enum Role implements Labelled {
    /** The mayor: sees and approves everything. */
    MAYOR,
    /** An official of a department. */
    OFFICIAL,
    /** A data steward who manages sources, users and public notices. */
    ADMIN;

    @Override
    public String labelKey() {
        return "role." + name().toLowerCase();
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String MAYOR = "MAYOR";
        public static final String OFFICIAL = "OFFICIAL";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
