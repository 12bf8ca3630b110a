package kr.seoul.smartcity.theme.service;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/** Who edits a theme: administrators and officials may; the mayor and citizens read them. */
public record ThemeEditor(
        String username, @Nullable Role role, @Nullable String departmentCode) {

    public boolean mayEdit() {
        return role == Role.ADMIN || role == Role.OFFICIAL;
    }

    public Viewer viewer() {
        return new Viewer(role, departmentCode);
    }
}
