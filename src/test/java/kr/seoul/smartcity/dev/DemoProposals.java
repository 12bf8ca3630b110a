package kr.seoul.smartcity.dev;

import java.util.List;

import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.civic.service.NewProposal;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Sample citizens' proposals written for this project, with supports from made-up supporters: some below the
 * department threshold, one awaiting the department's answer, one answered, one past the mayor's threshold.
 * Loaded once, in the embedded default only.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(40)
class DemoProposals implements ApplicationRunner {

    private record Sample(String title, String body, String department, String name, int supports, String answer) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "[예시] 한강공원에 그늘막을 더 설치해 주세요",
                    "여름 한낮에 한강공원에서 쉴 그늘이 부족합니다. 잔디밭 주변에 접이식 그늘막을 더 두면 좋겠습니다.",
                    "CLIMATE",
                    "여의도 주민",
                    64,
                    "여름철 한강공원 11곳에 그늘막 300개를 추가로 설치하겠습니다. 내년 5월부터 운영합니다."),
            new Sample(
                    "[예시] 심야버스 노선을 늘려 주세요",
                    "자정 이후 귀가하는 시민이 많은데 심야버스 배차 간격이 너무 깁니다. 노선과 운행 횟수를 늘려 주세요.",
                    "TRAFFIC",
                    "야간 근무자",
                    57,
                    null),
            new Sample(
                    "[예시] 어린이 보호구역 과속 단속 카메라",
                    "초등학교 앞 도로에서 과속 차량이 많습니다. 보호구역마다 단속 카메라를 설치해 주세요.",
                    "TRAFFIC",
                    "학부모",
                    1040,
                    null),
            new Sample("[예시] 공공 와이파이 속도 개선", "버스정류장 공공 와이파이가 자주 끊깁니다. 장비를 바꿔 속도를 높여 주세요.", "DIGITAL", "시민", 23, null),
            new Sample("[예시] 동네 도서관 야간 개방", "퇴근 후에도 도서관을 이용할 수 있도록 주 2회라도 밤 10시까지 열어 주세요.", "DIGITAL", "직장인", 12, null),
            new Sample(
                    "[Sample] Bilingual signs at bus stops",
                    "Visitors find it hard to read the names of bus stops. Please add English names to every stop sign.",
                    "TRAFFIC",
                    "Visitor",
                    8,
                    null));

    private final ProposalService proposals;

    DemoProposals(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (proposals.count() > 0) {
            return;
        }
        int supporter = 0;
        for (Sample sample : SAMPLES) {
            Proposal proposal = proposals.submitSample(
                    new NewProposal(sample.title(), sample.body(), sample.department(), sample.name()),
                    SupporterKey.of("sample-author:" + sample.title()));
            for (int i = 0; i < sample.supports(); i++) {
                proposals.supportSample(proposal.id(), SupporterKey.of("sample-supporter:" + supporter++));
            }
            if (sample.answer() != null) {
                proposals.answer(
                        new Viewer(Role.OFFICIAL, sample.department()), "기후환경본부", proposal.id(), sample.answer());
            }
        }
    }
}
