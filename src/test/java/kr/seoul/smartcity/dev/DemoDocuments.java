package kr.seoul.smartcity.dev;

import java.util.List;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Documents approved as public for the demo (marked [예시]), so that 원문공개 (/documents, /api/public/documents) shows
 * what it is for on a first run: drafted by 이교통, approved by 정국장 through e-approval as any document is. Made once.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(6)
class DemoDocuments implements ApplicationRunner {

    private final ApprovalService approval;

    DemoDocuments(ApprovalService approval) {
        this.approval = approval;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!approval.published(1).isEmpty()) {
            return;
        }
        publish(
                "[예시] 2027년 시내버스 심야 노선 조정 계획",
                "심야 시간대 생활인구가 많은 자치구를 중심으로 올빼미버스 노선과 배차 간격을 조정합니다.\n\n"
                        + "1. 대상: N13, N26, N62 노선\n2. 내용: 배차 간격 35분 → 25분\n3. 시행: 2027년 3월",
                List.of("올빼미버스", "심야버스", "교통"));
        publish(
                "[예시] 겨울철 도로 결빙 취약구간 관리 대책",
                "결빙 취약구간 120곳에 자동 염수분사장치를 설치하고 제설 대기 인력을 구간별로 배치합니다.",
                List.of("제설", "결빙", "안전"));
        publish(
                "[예시] 공공 와이파이 확대 설치 계획",
                "버스정류소와 전통시장 300곳에 공공 와이파이를 새로 설치하고 노후 장비 500대를 교체합니다.",
                List.of("공공와이파이", "디지털"));
    }

    private void publish(String title, String body, List<String> keywords) {
        DocumentView draft = approval.saveDraft(
                Actor.of("traffic"),
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        title,
                        body,
                        null,
                        DisclosureLevel.PUBLIC,
                        null,
                        Retention.YEARS_5,
                        keywords,
                        List.of(LineEntry.approval("director")),
                        List.of(),
                        List.of()));
        DocumentView submitted = approval.submit(
                Actor.of("traffic"), draft.document().id(), draft.document().revision());
        approval.approve(
                Actor.of("director"),
                submitted.document().id(),
                submitted.document().revision(),
                null);
    }
}
