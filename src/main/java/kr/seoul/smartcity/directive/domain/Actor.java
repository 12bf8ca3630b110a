package kr.seoul.smartcity.directive.domain;

import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/** Who takes a step: a member of staff with a role and perhaps a department, or the system itself. */
public record Actor(
        String username,
        String name,
        @Nullable Role role,
        @Nullable String departmentCode) {

    /** The platform itself, for reminders. */
    public static final Actor SYSTEM = new Actor("system", "시스템", null, null);

    public boolean isMayor() {
        return role == Role.MAYOR;
    }
}
