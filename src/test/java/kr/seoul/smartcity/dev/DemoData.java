package kr.seoul.smartcity.dev;

import java.util.List;

import kr.seoul.smartcity.approval.domain.Rank;
import kr.seoul.smartcity.approval.service.ApprovalSettings;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.Incident;
import kr.seoul.smartcity.citystatus.domain.IncidentStatus;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.citystatus.service.NewIncident;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.directory.service.NewAccount;
import kr.seoul.smartcity.notice.domain.Severity;
import kr.seoul.smartcity.notice.service.NoticeAuthor;
import kr.seoul.smartcity.notice.service.NoticeDraft;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Demo departments, users (listed in the README) and notices for the embedded default. Added once; a second run
 * leaves what is there. Fictional people: no real official is named.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(0)
class DemoData implements ApplicationRunner {

    static final String PASSWORD_NOTE = "demo passwords equal the usernames";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DirectoryService directory;
    private final NoticeService notices;
    private final IncidentService incidents;
    private final ApprovalSettings approval;

    DemoData(DirectoryService directory, NoticeService notices, IncidentService incidents, ApprovalSettings approval) {
        this.directory = directory;
        this.notices = notices;
        this.incidents = incidents;
        this.approval = approval;
    }

    /** Sets a demo official's rank and phone once; later edits by an administrator are kept. */
    private void contact(String username, String rank, String phone) {
        directory
                .staffMember(username)
                .filter(member -> member.rankTitle().isBlank())
                .ifPresent(member -> directory.updateContact(username, rank, phone, true));
    }

    @Override
    public void run(ApplicationArguments args) {
        List.of(
                        Department.of("TRAFFIC", "도시교통실", "Urban Transportation Office"),
                        Department.of("CLIMATE", "기후환경본부", "Climate and Environment Headquarters"),
                        Department.of("SAFETY", "안전총괄실", "Safety Management Office"),
                        Department.of("DIGITAL", "디지털정책관", "Digital Policy Bureau"))
                .forEach(directory::addDepartment);

        List.of(
                        new NewAccount("mayor", "김서울", "mayor", Role.MAYOR, null),
                        new NewAccount("traffic", "이교통", "traffic", Role.OFFICIAL, "TRAFFIC"),
                        new NewAccount("climate", "박환경", "climate", Role.OFFICIAL, "CLIMATE"),
                        new NewAccount("admin", "최관리", "admin", Role.ADMIN, "DIGITAL"),
                        // officials who sign documents (전자결재): a director and a deputy mayor
                        new NewAccount("director", "정국장", "director", Role.OFFICIAL, "TRAFFIC"),
                        new NewAccount("deputy", "한부시장", "deputy", Role.OFFICIAL, "DIGITAL"),
                        // the department in charge of the demo incident, to call from it
                        new NewAccount("safety", "오안전", "safety", Role.OFFICIAL, "SAFETY"))
                .stream()
                .filter(account -> directory.findAccount(account.username()).isEmpty())
                .forEach(directory::openAccount);

        approval.setMember("mayor", Rank.MAYOR, null);
        approval.setMember("deputy", Rank.DEPUTY_MAYOR, "DIGITAL");
        approval.setMember("director", Rank.DIRECTOR, "TRAFFIC");
        approval.setMember("traffic", Rank.TEAM_LEADER, "TRAFFIC");
        approval.setMember("climate", Rank.TEAM_LEADER, "CLIMATE");
        approval.setMember("admin", Rank.TEAM_LEADER, "DIGITAL");

        // the staff directory: rank titles and (fictional) office phones; everyone on duty
        contact("mayor", "시장", "02-120-0001");
        contact("deputy", "행정1부시장", "02-120-0002");
        contact("director", "국장", "02-120-1100");
        contact("traffic", "주무관", "02-120-1101");
        contact("climate", "주무관", "02-120-2101");
        contact("safety", "주무관", "02-120-3101");
        contact("admin", "사무관", "02-120-4101");

        if (notices.latest(new Viewer(Role.MAYOR, null), 1).isEmpty()) {
            notices.post(
                    new NoticeAuthor("최관리", Role.ADMIN),
                    new NoticeDraft(
                            "지하철 2호선 시청역 엘리베이터 점검",
                            "11월 26일 10시부터 16시까지 1번 출구 엘리베이터를 점검합니다. 4번 출구를 이용해 주세요.",
                            Severity.INFO,
                            DisclosureClass.PUBLIC,
                            "TRAFFIC"));
            notices.post(
                    new NoticeAuthor("최관리", Role.ADMIN),
                    new NoticeDraft(
                            "초미세먼지 주의보 대비",
                            "내일 오전 초미세먼지 농도가 높을 것으로 예보되었습니다. 외출 시 마스크를 착용하세요.",
                            Severity.WARNING,
                            DisclosureClass.PUBLIC,
                            "CLIMATE",
                            "AIR_PM25",
                            null));
            notices.post(
                    new NoticeAuthor("최관리", Role.ADMIN),
                    new NoticeDraft(
                            "간부회의 14시, 본관 6층 영상회의실",
                            "주요 안건: 겨울철 제설 대책, 교통 혼잡 구간 점검.",
                            Severity.INFO,
                            DisclosureClass.INTERNAL,
                            null));
            notices.post(
                    new NoticeAuthor("최관리", Role.ADMIN),
                    new NoticeDraft(
                            "버스 노선 조정안 검토 (부서 한정)",
                            "노선 조정안 초안을 부서 공유 폴더에 올렸습니다.",
                            Severity.INFO,
                            DisclosureClass.RESTRICTED,
                            "TRAFFIC"));
        }
        if (incidents.recent(new Viewer(Role.MAYOR, null)).isEmpty()) {
            Incident fire = incidents.report(new NewIncident(
                    "FIRE", "[모의] 구로구 물류창고 화재", "11530", "구로구 구로동 물류창고", DisclosureClass.PUBLIC, "SAFETY"));
            incidents.advance(fire.id(), IncidentStatus.ARRIVED);
            incidents.advance(fire.id(), IncidentStatus.OPERATING);
        }
        log.info("Demo data ready: users mayor, traffic, climate, admin, director, deputy, safety ({})", PASSWORD_NOTE);
    }
}
