package kr.seoul.smartcity.civic.service;

import java.util.List;

import kr.seoul.smartcity.civic.domain.Milestone;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Key city projects on the real PostgreSQL with the sample set of the embedded default. */
@CityIntegrationTest
class ProjectServiceIT {

    @Autowired
    ProjectService projects;

    @Test
    void citizensSeePublicProjectsAndTheirDelays() {
        List<ProjectSummary> citizen = projects.projects(Viewer.CITIZEN);
        List<ProjectSummary> mayor = projects.projects(new Viewer(Role.MAYOR, null));
        assertThat(mayor).hasSize(36);
        assertThat(citizen).hasSize(34).noneMatch(s -> s.project().code().equals("PRJ_CONTROL_ROOM"));
        assertThat(projects.project(Viewer.CITIZEN, "PRJ_DATA_CENTRE")).isEmpty();

        ProjectSummary westLine = citizen.stream()
                .filter(s -> s.project().code().equals("PRJ_WEST_LINE"))
                .findFirst()
                .orElseThrow();
        assertThat(westLine.delayed()).isPositive();
        ProjectDetail detail = projects.project(Viewer.CITIZEN, "PRJ_WEST_LINE").orElseThrow();
        assertThat(detail.milestones()).hasSize(5);
        assertThat(detail.milestones()).anyMatch(m -> m.status(detail.today()) == Milestone.Status.OVERDUE);
        assertThat(detail.progress()).isNotEmpty();
        assertThat(detail.timelineEnd()).isAfterOrEqualTo(detail.today());
    }
}
