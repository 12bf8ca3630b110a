package kr.seoul.smartcity.civic.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.civic.domain.Channel;
import kr.seoul.smartcity.civic.domain.ComplaintDay;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens' voices in figures on the real PostgreSQL with the sample set of the embedded default. */
@CityIntegrationTest
class OpinionServiceIT {

    @Autowired
    OpinionService opinions;

    @Test
    void bureausWithOverdueComplaintsComeFirstAndAreFlagged() {
        List<BureauStatus> bureaus = opinions.bureaus(Viewer.CITIZEN, 30);
        assertThat(bureaus).hasSize(9);
        assertThat(bureaus.getFirst().flagged()).isTrue();
        assertThat(bureaus.subList(0, 2))
                .extracting(BureauStatus::departmentCode)
                .containsExactlyInAnyOrder("TRAFFIC", "HOUSING");
        assertThat(bureaus.getLast().flagged()).isFalse();
        assertThat(bureaus).allSatisfy(b -> assertThat(b.handled()).isLessThanOrEqualTo(b.received()));
    }

    @Test
    void dailyCountsAddUpPerChannelAndAnInternalRowCountsForStaffOnly() {
        LocalDate today = opinions.today();
        Map<Channel, Map<LocalDate, Integer>> before = opinions.receivedByChannel(Viewer.CITIZEN, 30);
        assertThat(before).containsOnlyKeys(Channel.values());
        assertThat(before.get(Channel.CALL_120)).hasSize(30);
        int citizenToday = before.get(Channel.PARTNER).get(today);

        opinions.takeOver(
                List.of(new ComplaintDay(today, Channel.PARTNER, "AUDIT", 7, 0, 0, DisclosureClass.INTERNAL)),
                List.of(),
                false);
        assertThat(opinions.receivedByChannel(Viewer.CITIZEN, 30)
                        .get(Channel.PARTNER)
                        .get(today))
                .isEqualTo(citizenToday);
        assertThat(opinions.receivedByChannel(new Viewer(Role.MAYOR, null), 30)
                        .get(Channel.PARTNER)
                        .get(today))
                .isEqualTo(citizenToday + 7);
    }

    @Test
    void citizensDoNotSeeInternalTopics() {
        assertThat(opinions.topics(Viewer.CITIZEN, 12))
                .hasSize(7)
                .noneMatch(t -> t.latest().topicKo().equals("공직 비위 제보"));
        assertThat(opinions.topics(new Viewer(Role.MAYOR, null), 12)).hasSize(8);
        assertThat(opinions.topics(Viewer.CITIZEN, 12).getFirst().latest().topicKo())
                .isEqualTo("대중교통");
        assertThat(opinions.topics(Viewer.CITIZEN, 12).getFirst().weeks()).hasSize(12);
    }
}
