package kr.seoul.smartcity.civic.service;

import kr.seoul.smartcity.civic.domain.Pledge;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Seoul's profile, partner cities and pledges on the real PostgreSQL with the sample set. */
@CityIntegrationTest
class ProfileServiceIT {

    @Autowired
    ProfileService profile;

    @Test
    void citizensSeePublicPledgesAndTheProfile() {
        assertThat(profile.pledges(new Viewer(Role.MAYOR, null))).hasSize(20);
        assertThat(profile.pledges(Viewer.CITIZEN))
                .hasSize(19)
                .noneMatch(p -> p.code().equals("PL_CONTROL_ROOM"))
                .anyMatch(p -> p.status() == Pledge.Status.DELAYED);
        assertThat(profile.rankings(Viewer.CITIZEN)).hasSize(18);
        assertThat(profile.partners(Viewer.CITIZEN))
                .hasSize(18)
                .anyMatch(
                        city -> city.nameEn().equals("Bogotá") && city.exports().contains("버스 중앙차로"));
        assertThat(profile.statistics(Viewer.CITIZEN)).isNotEmpty();
        assertThat(profile.media(Viewer.CITIZEN, 3)).hasSize(3);
        assertThat(profile.showsSampleData()).isTrue();
    }
}
