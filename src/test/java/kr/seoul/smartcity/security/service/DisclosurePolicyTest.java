package kr.seoul.smartcity.security.service;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.junit.jupiter.api.Test;

import static kr.seoul.smartcity.base.domain.DisclosureClass.INTERNAL;
import static kr.seoul.smartcity.base.domain.DisclosureClass.PUBLIC;
import static kr.seoul.smartcity.base.domain.DisclosureClass.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;

class DisclosurePolicyTest {

    record Doc(DisclosureClass disclosure, String owningDepartment) implements Disclosed {
    }

    private final DisclosurePolicy policy = new DisclosurePolicy();

    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);
    private static final Viewer ADMIN = new Viewer(Role.ADMIN, "DIGITAL");
    private static final Viewer TRAFFIC_OFFICIAL = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE_OFFICIAL = new Viewer(Role.OFFICIAL, "CLIMATE");

    @Test
    void citizensSeeOnlyPublicRecords() {
        assertThat(policy.canSee(Viewer.CITIZEN, new Doc(PUBLIC, "TRAFFIC"))).isTrue();
        assertThat(policy.canSee(Viewer.CITIZEN, new Doc(INTERNAL, null))).isFalse();
        assertThat(policy.canSee(Viewer.CITIZEN, new Doc(RESTRICTED, "TRAFFIC"))).isFalse();
        assertThat(policy.visibleClasses(Viewer.CITIZEN)).containsExactly(PUBLIC);
    }

    @Test
    void everyMemberOfStaffSeesInternalRecords() {
        for (Viewer staff : new Viewer[]{MAYOR, ADMIN, TRAFFIC_OFFICIAL, CLIMATE_OFFICIAL}) {
            assertThat(policy.canSee(staff, new Doc(INTERNAL, null))).as(staff.toString()).isTrue();
        }
    }

    @Test
    void restrictedRecordsAreForTheirDepartmentTheMayorAndAdministrators() {
        Doc busRoutes = new Doc(RESTRICTED, "TRAFFIC");
        assertThat(policy.canSee(TRAFFIC_OFFICIAL, busRoutes)).isTrue();
        assertThat(policy.canSee(MAYOR, busRoutes)).isTrue();
        assertThat(policy.canSee(ADMIN, busRoutes)).isTrue();
        assertThat(policy.canSee(CLIMATE_OFFICIAL, busRoutes)).isFalse();
    }
}
