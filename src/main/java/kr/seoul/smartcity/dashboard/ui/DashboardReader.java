package kr.seoul.smartcity.dashboard.ui;

import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.security.service.CurrentUser;

/** Who is reading: the signed-in member of staff, or a citizen. */
final class DashboardReader {

    private DashboardReader() {}

    static DashboardActor of(CurrentUser currentUser) {
        return currentUser
                .get()
                .map(user -> new DashboardActor(user.getUsername(), currentUser.viewer()))
                .orElse(DashboardActor.CITIZEN);
    }
}
