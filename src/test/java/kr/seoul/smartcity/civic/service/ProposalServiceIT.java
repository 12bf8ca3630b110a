package kr.seoul.smartcity.civic.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.civic.domain.AnswerLevel;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Citizens' proposals on the real PostgreSQL: validation, one support per person, thresholds and answers. */
@CityIntegrationTest
class ProposalServiceIT {

    private static final Viewer TRAFFIC = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE = new Viewer(Role.OFFICIAL, "CLIMATE");

    @Autowired
    ProposalService proposals;

    @Autowired
    LiveEventBus events;

    private Proposal propose(String title) {
        return proposals.submit(
                new NewProposal(title, "버스 정류장마다 실시간 도착 안내판을 설치해 주세요.", "TRAFFIC", ""),
                SupporterKey.of("author:" + title));
    }

    @Test
    void aProposalWithoutTitleTextOrDepartmentSaysWhatIsMissing() {
        assertThatThrownBy(
                        () -> proposals.submit(new NewProposal("짧음", "너무 짧은 내용", null, ""), SupporterKey.of("someone")))
                .isInstanceOfSatisfying(
                        InvalidProposalException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "civic.proposal.problem.title",
                                        "civic.proposal.problem.body",
                                        "civic.proposal.problem.department"));
        Proposal ok = propose("정류장 안내판 " + System.nanoTime());
        assertThat(ok.authorName()).isEqualTo("시민");
        assertThat(ok.supports()).isZero();
    }

    @Test
    void onePersonCountsOnceEvenWhenClickingTwentyTimesAtOnce() throws Exception {
        Proposal proposal = propose("동시 공감 " + System.nanoTime());
        SupporterKey same = SupporterKey.of("browser:one-person");
        // a household clicking on two devices at once: one browser counts once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<SupportResult>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(
                    pool.submit(() -> CitizenSupports.support(proposals, proposal.id(), "one-person", "203.0.113.9")));
        }
        int counted = 0;
        for (Future<SupportResult> result : results) {
            try {
                counted += result.get().counted() ? 1 : 0;
            } catch (java.util.concurrent.ExecutionException refused) {
                // past the address's budget for this proposal: refused, and not counted either
                assertThat(refused.getCause())
                        .isInstanceOfSatisfying(
                                InvalidProposalException.class,
                                e -> assertThat(e.problems()).containsExactly("civic.proposal.problem.budget"));
            }
        }
        pool.shutdown();
        assertThat(counted).isEqualTo(1);
        assertThat(proposals
                        .proposal(Viewer.CITIZEN, proposal.id())
                        .orElseThrow()
                        .supports())
                .isEqualTo(1);
        assertThat(proposals.hasSupported(proposal.id(), same)).isTrue();
        assertThat(CitizenSupports.support(proposals, proposal.id(), "another", "203.0.113.10")
                        .proposal()
                        .supports())
                .isEqualTo(2);
    }

    @Test
    void atTheDepartmentThresholdTheProposalEntersTheDepartmentsQueueAndIsAnsweredThere() {
        Proposal proposal = propose("임계값 " + System.nanoTime());
        int threshold = proposals.thresholds().department();
        for (int i = 1; i < threshold; i++) {
            CitizenSupports.support(proposals, proposal.id(), i);
        }
        assertThat(proposals
                        .proposal(Viewer.CITIZEN, proposal.id())
                        .orElseThrow()
                        .answerDue())
                .isEqualTo(AnswerLevel.NONE);
        assertThat(proposals.queue(TRAFFIC)).extracting(Proposal::id).doesNotContain(proposal.id());

        Queue<ProposalDue> due = new ConcurrentLinkedQueue<>();
        try (LiveEventBus.Subscription ignored = events.subscribe(ProposalDue.TOPIC, due::add)) {
            SupportResult last = proposals.supportAsStaff(proposal.id(), "climate");
            assertThat(last.proposal().answerDue()).isEqualTo(AnswerLevel.DEPARTMENT);
            long deadline = System.currentTimeMillis() + 5000;
            while (due.stream().noneMatch(d -> d.proposalId() == proposal.id())
                    && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
        }
        assertThat(due).contains(new ProposalDue(proposal.id(), "DEPARTMENT", "TRAFFIC"));
        assertThat(proposals.queue(TRAFFIC)).extracting(Proposal::id).contains(proposal.id());
        assertThat(proposals.queue(CLIMATE)).extracting(Proposal::id).doesNotContain(proposal.id());

        assertThatThrownBy(() -> proposals.answer(CLIMATE, "박환경", proposal.id(), "다른 부서의 답변입니다."))
                .isInstanceOfSatisfying(
                        InvalidProposalException.class,
                        e -> assertThat(e.problems()).containsExactly("civic.proposal.problem.not-yours"));
        Proposal answered = proposals.answer(TRAFFIC, "이교통", proposal.id(), "내년 상반기까지 안내판 500개를 설치하겠습니다.");
        assertThat(answered.answered()).isTrue();
        assertThat(answered.answeredLevel()).isEqualTo(AnswerLevel.DEPARTMENT);
        assertThat(proposals.queue(TRAFFIC)).extracting(Proposal::id).doesNotContain(proposal.id());
    }
}
