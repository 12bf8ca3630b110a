package kr.seoul.smartcity.dashboard.service;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/** Who opens or arranges a dashboard: a citizen (no username) or a member of staff. */
public record DashboardActor(@Nullable String username, Viewer viewer) {

    public static final DashboardActor CITIZEN = new DashboardActor(null, Viewer.CITIZEN);

    public boolean isAdmin() {
        return viewer.role() == Role.ADMIN;
    }

    public boolean isStaff() {
        return username != null && viewer.isStaff();
    }

    public boolean isOfficialOf(@Nullable String department) {
        return viewer.role() == Role.OFFICIAL && department != null && department.equals(viewer.departmentCode());
    }
}
