package kr.seoul.smartcity.dataissue.service;

import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

/** Who reports or answers: an anonymous citizen, or a member of staff by username with their role and department. */
public record DataIssueActor(@Nullable String username, Viewer viewer) {

    public static final DataIssueActor CITIZEN = new DataIssueActor(null, Viewer.CITIZEN);

    public DataIssueActor {
        if (viewer.isStaff() && username == null) {
            throw new IllegalArgumentException("A member of staff acts by username");
        }
        if (!viewer.isStaff()) {
            username = null;
        }
    }

    /** The person of the current request. */
    public static DataIssueActor current(CurrentUser currentUser) {
        return currentUser
                .get()
                .map(user -> new DataIssueActor(user.getUsername(), new Viewer(user.role(), user.departmentCode())))
                .orElse(CITIZEN);
    }

    public static DataIssueActor staff(String username, Role role, @Nullable String departmentCode) {
        return new DataIssueActor(username, new Viewer(role, departmentCode));
    }

    public boolean isStaff() {
        return viewer.isStaff();
    }

    public @Nullable Role role() {
        return viewer.role();
    }

    public @Nullable String departmentCode() {
        return viewer.departmentCode();
    }
}
