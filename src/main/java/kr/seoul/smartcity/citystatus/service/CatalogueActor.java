package kr.seoul.smartcity.citystatus.service;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/** Who acts on the catalogue: a member of staff by username, with their role and department. */
public record CatalogueActor(String username, Viewer viewer) {

    public @Nullable Role role() {
        return viewer.role();
    }

    public @Nullable String departmentCode() {
        return viewer.departmentCode();
    }

    public boolean isAdmin() {
        return viewer.role() == Role.ADMIN;
    }

    /** An official of this department. */
    public boolean isOfficialOf(String department) {
        return viewer.role() == Role.OFFICIAL && department.equals(viewer.departmentCode());
    }
}
