package kr.seoul.smartcity.security.service;

import java.util.Optional;

import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking: an anonymous citizen, or a member of staff with a role and perhaps a department. Captured once per
 * view, so that live updates arriving on other threads are filtered for the right person.
 */
public record Viewer(@Nullable Role role, @Nullable String departmentCode) {

    public static final Viewer CITIZEN = new Viewer(null, null);

    public boolean isStaff() {
        return role != null;
    }

    public Optional<Role> optionalRole() {
        return Optional.ofNullable(role);
    }
}
