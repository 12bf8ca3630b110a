package kr.seoul.smartcity.security.service;

import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.junit.jupiter.api.Test;

import static kr.seoul.smartcity.base.domain.DisclosureClass.INTERNAL;
import static kr.seoul.smartcity.base.domain.DisclosureClass.PUBLIC;
import static kr.seoul.smartcity.base.domain.DisclosureClass.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;

class DisclosurePolicyTest {

    record Doc(DisclosureClass disclosure, String owningDepartment) implements Disclosed {}

    private final DisclosurePolicy policy = new DisclosurePolicy();

    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);
    private static final Viewer ADMIN = new Viewer(Role.ADMIN, "DIGITAL");
    private static final Viewer TRAFFIC_OFFICIAL = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE_OFFICIAL = new Viewer(Role.OFFICIAL, "CLIMATE");

    @Test
    void citizensSeeOnlyPublicRecords() {
        assertThat(policy.canSee(Viewer.CITIZEN, new Doc(PUBLIC, "TRAFFIC"))).isTrue();
        assertThat(policy.canSee(Viewer.CITIZEN, new Doc(INTERNAL, null))).isFalse();
        assertThat(policy.canSee(Viewer.CITIZEN, new Doc(RESTRICTED, "TRAFFIC")))
                .isFalse();
        assertThat(policy.visibleClasses(Viewer.CITIZEN)).containsExactly(PUBLIC);
    }

    @Test
    void everyMemberOfStaffSeesInternalRecords() {
        for (Viewer staff : new Viewer[] {MAYOR, ADMIN, TRAFFIC_OFFICIAL, CLIMATE_OFFICIAL}) {
            assertThat(policy.canSee(staff, new Doc(INTERNAL, null)))
                    .as(staff.toString())
                    .isTrue();
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

    @Test
    void aRestrictedRecordMayNameFurtherRolesButNeverCitizens() {
        Doc shared = new Doc(RESTRICTED, "CLIMATE");
        assertThat(policy.canSee(TRAFFIC_OFFICIAL, shared, Set.of(Role.OFFICIAL)))
                .isTrue();
        assertThat(policy.canSee(TRAFFIC_OFFICIAL, shared, Set.of())).isFalse();
        assertThat(policy.canSee(Viewer.CITIZEN, shared, Set.of(Role.OFFICIAL, Role.MAYOR, Role.ADMIN)))
                .isFalse();
        assertThat(policy.canSee(Viewer.CITIZEN, new Doc(INTERNAL, null), Set.of(Role.OFFICIAL)))
                .isFalse();
    }

    @Test
    void participantRecordsAreForThoseTakingPartAndTheirDepartmentOnly() {
        List<String> line = List.of("traffic", "director", "mayor");
        assertThat(policy.canSeeAsParticipant(MAYOR, "mayor", "TRAFFIC", line)).isTrue();
        assertThat(policy.canSeeAsParticipant(CLIMATE_OFFICIAL, "climate", "TRAFFIC", line))
                .isFalse();
        assertThat(policy.canSeeAsParticipant(new Viewer(Role.OFFICIAL, "TRAFFIC"), "colleague", "TRAFFIC", line))
                .as("the department")
                .isTrue();
        assertThat(policy.canSeeAsParticipant(ADMIN, "admin", "TRAFFIC", line))
                .as("administrators only when they take part")
                .isFalse();
        assertThat(policy.canSeeAsParticipant(new Viewer(Role.MAYOR, null), "mayor", "TRAFFIC", List.of("traffic")))
                .as("nor the mayor")
                .isFalse();
        assertThat(policy.canSeeAsParticipant(Viewer.CITIZEN, "traffic", "TRAFFIC", line))
                .isFalse();
    }
}
