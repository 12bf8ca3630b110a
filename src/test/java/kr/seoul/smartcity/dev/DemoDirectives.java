package kr.seoul.smartcity.dev;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.domain.Priority;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directive.service.NewReport;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directory.domain.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Sample directives and reports written for this project: one overdue, one in progress with an owner, one reported
 * done and waiting for the mayor, one accepted; and two departments' status reports in sections. Loaded once, in the
 * embedded default only, relative to the time of loading.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(70)
class DemoDirectives implements ApplicationRunner {

    static final Actor MAYOR = new Actor("mayor", "김서울", Role.MAYOR, null);
    static final Actor TRAFFIC = new Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC");
    static final Actor CLIMATE = new Actor("climate", "박환경", Role.OFFICIAL, "CLIMATE");
    static final Actor SAFETY = new Actor("safety", "오안전", Role.OFFICIAL, "SAFETY");

    private final DirectiveService directives;
    private final ReportService reports;

    DemoDirectives(DirectiveService directives, ReportService reports) {
        this.directives = directives;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directives.count() == 0) {
            directives();
        }
        if (reports.count() == 0) {
            reports();
        }
    }

    private void directives() {
        Instant now = directives.now();
        Directive overdue = directives.issueSample(
                MAYOR,
                new NewDirective(
                        "[예시] 강남역 일대 빗물받이 긴급 점검",
                        "집중호우 예보에 대비해 강남역 일대 빗물받이 막힘을 점검하고 결과를 보고하세요.",
                        List.of("SAFETY", "CLIMATE"),
                        now.minus(Duration.ofDays(2)),
                        Priority.URGENT,
                        DirectiveContext.of(ContextKind.DISTRICT, "11680", "강남구", "district/11680")));
        directives.acknowledge(SAFETY, overdue.id());

        Directive inProgress = directives.issueSample(
                MAYOR,
                new NewDirective(
                        "[예시] 심야버스 배차 간격 개선안 마련",
                        "시민제안을 반영해 심야버스 배차 간격을 줄이는 방안을 마련하세요.",
                        List.of("TRAFFIC"),
                        now.plus(Duration.ofDays(5)),
                        Priority.HIGH,
                        null));
        directives.acknowledge(TRAFFIC, inProgress.id());
        directives.assign(TRAFFIC, inProgress.id(), "director");
        directives.progress(TRAFFIC, inProgress.id(), "노선별 승차 자료를 분석하고 있습니다. 14개 노선 중 9개 완료.", null, null, List.of());

        Directive reported = directives.issueSample(
                MAYOR,
                new NewDirective(
                        "[예시] 미세먼지 저감 조치 이행 점검",
                        "비상저감조치 발령 시 공공 사업장 이행 여부를 점검하세요.",
                        List.of("CLIMATE"),
                        now.plus(Duration.ofDays(1)),
                        Priority.NORMAL,
                        null));
        directives.acknowledge(CLIMATE, reported.id());
        directives.reportDone(CLIMATE, reported.id(), "공공 사업장 42곳 점검 완료, 미이행 3곳 시정 조치했습니다.", List.of());

        Directive accepted = directives.issueSample(
                MAYOR,
                new NewDirective(
                        "[예시] 따릉이 대여소 고장 거치대 정비",
                        "",
                        List.of("TRAFFIC"),
                        now.plus(Duration.ofDays(3)),
                        Priority.LOW,
                        null));
        directives.acknowledge(TRAFFIC, accepted.id());
        directives.reportDone(TRAFFIC, accepted.id(), "고장 거치대 128개 정비 완료.", List.of());
        directives.accept(MAYOR, accepted.id(), "수고했습니다.");
    }

    private void reports() {

        reports.submitSample(TRAFFIC, new NewReport("[예시] 11월 교통 현황 보고", """
                도시교통실 11월 정례 보고입니다.

                # 1. 버스
                - 평균 통행속도 19.2 km/h (전월 대비 +0.4)
                - 심야버스 14개 노선 운행

                # 2. 따릉이
                - 대여 52만 건, 고장 신고 1,204건
                - 고장 거치대 128개 정비 완료

                # 3. 다음 달 계획
                - 연말 도심 교통 대책 시행
                """, "ROAD_SPEED", null));
        reports.submitSample(CLIMATE, new NewReport("[예시] 미세먼지 계절관리제 중간 보고", """
                # 1. 추진 현황
                비상저감조치 2회 발령, 공공 사업장 이행률 93%.

                # 2. 향후 조치
                노후 경유차 운행 제한 단속을 강화합니다.
                """, null, null));
    }
}
