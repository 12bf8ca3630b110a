package kr.seoul.smartcity.command.domain;

import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.base.domain.SeoulDistrict;

/** What a member of staff may reach in the demo city, as the features name it. */
final class SampleTargets {

    private SampleTargets() {}

    static List<CommandTarget> staff() {
        List<CommandTarget> targets = new ArrayList<>(citizen());
        targets.add(screen("approval", "전자결재", "E-approval", "결재함", "결재", "approval inbox", "inbox", "결재 대기"));
        targets.add(screen("directives", "지시사항", "Directives", "지시", "directive list"));
        targets.add(screen("reports", "보고", "Reports", "보고서", "디지털 보고", "digital reports"));
        targets.add(screen("calls", "통화", "Calls", "통화 기록", "call log", "missed calls"));
        targets.add(screen("directory", "직원 연락처", "Staff directory", "연락처", "전화번호부", "contacts"));
        targets.add(screen("alerts", "경보", "Alerts", "알림", "경보 목록", "alarms"));
        targets.add(screen("office", "시장실", "Mayor's office", "집무실", "office"));
        targets.add(screen("my-dashboard", "내 대시보드", "My dashboard"));
        targets.add(screen("admin/catalog", "지표 카탈로그", "Indicator catalogue", "카탈로그", "catalog"));
        targets.add(dashboard("wall", "상황실 월 스크린", "Situation room wall", "상황실", "wall"));
        targets.add(dashboard("mayor", "시장실", "Mayor", "시장"));
        targets.add(dashboard(
                "dept-traffic",
                "도시교통실 대시보드",
                "Urban Transportation Office dashboard",
                "도시교통실",
                "교통",
                "traffic",
                "transportation"));
        targets.add(indicator("TRAFFIC_SPEED", "도로 평균속도", "Average road speed", "속도", "traffic speed", "차량 속도"));
        targets.add(indicator("CCTV_ALERT", "CCTV 이상 감지", "CCTV anomalies"));
        targets.add(CommandTarget.page(
                TargetKind.REPORT, "7", "강남대로 정체 대응 보고", "Gangnam-daero congestion report", "reports/7", List.of()));
        targets.add(CommandTarget.page(
                TargetKind.DOCUMENT,
                "12",
                "2026년 교통 안전 점검 계획",
                "2026 traffic safety inspection plan",
                "approval/document/12",
                List.of()));
        for (String[] department : new String[][] {
            {"TRAFFIC", "도시교통실", "Urban Transportation Office"},
            {"CLIMATE", "기후환경본부", "Climate and Environment Headquarters"},
            {"SAFETY", "안전총괄실", "Safety Management Office"},
            {"DIGITAL", "디지털정책관", "Digital Policy Bureau"}
        }) {
            String code = department[0];
            List<String> aliases = List.of(
                    code.toLowerCase(), code.toLowerCase() + " department", department[1].replaceAll("(실|본부|관)$", ""));
            targets.add(CommandTarget.action(TargetKind.CALL, code, department[1], department[2], aliases));
            targets.add(CommandTarget.action(TargetKind.DIRECTIVE, code, department[1], department[2], aliases));
        }
        targets.add(CommandTarget.action(TargetKind.DIRECTIVE, "", "지시 쓰기", "New directive", List.of()));
        return targets;
    }

    static List<CommandTarget> citizen() {
        List<CommandTarget> targets = new ArrayList<>();
        targets.add(screen("", "시민 홈", "Citizens' home", "홈", "home", "처음", "main"));
        targets.add(screen("status", "실시간 도시현황", "Real-time city status", "도시현황", "city status", "실시간"));
        targets.add(screen(
                "disasters",
                "재난·안전",
                "Disasters and safety",
                "재난",
                "사고",
                "화재",
                "incidents",
                "fire incidents",
                "fires",
                "safety"));
        targets.add(screen("archive", "디지털 아카이브", "Digital archive", "아카이브", "기록", "archive", "기록물"));
        targets.add(screen("civic", "시정지표", "Civic indices", "지표", "civic"));
        targets.add(screen("civic/projects", "핵심사업", "Key projects", "사업", "projects"));
        targets.add(screen("civic/proposals", "시민제안", "Citizen proposals", "제안", "proposals"));
        targets.add(screen("civic/pledges", "공약 지도", "Pledge map", "공약", "pledges"));
        targets.add(screen("documents", "원문공개", "Published documents", "공개 문서", "documents"));
        targets.add(dashboard("home", "시민 홈", "Citizens", "시민"));
        targets.add(dashboard("kiosk", "역사 키오스크", "Station kiosk", "키오스크", "kiosk"));
        targets.add(indicator("PM10", "미세먼지", "Fine dust (PM10)", "pm10", "fine dust", "먼지"));
        targets.add(indicator("PM25", "초미세먼지", "Ultrafine dust (PM2.5)", "pm2.5", "pm25", "ultrafine dust"));
        targets.add(indicator("LIVING_POP", "생활인구", "Living population", "인구", "population", "people"));
        targets.add(indicator("TEMPERATURE", "기온", "Temperature", "온도", "temp"));
        targets.add(indicator(
                "BIKE_AVAILABLE", "따릉이 대여 가능", "Ddareungi bikes available", "따릉이", "bikes", "ddareungi", "bike"));
        targets.add(indicator("RIVER_JUNGNANG", "중랑천 수위", "Jungnangcheon water level", "중랑천"));
        targets.add(CommandTarget.page(
                TargetKind.PROJECT,
                "P01",
                "서울형 약자동행",
                "Seoul companionship for the vulnerable",
                "civic/projects/P01",
                List.of("약자동행")));
        targets.add(CommandTarget.page(
                TargetKind.PROJECT, "P02", "용산공원 조성", "Yongsan Park", "civic/projects/P02", List.of()));
        for (SeoulDistrict district : SeoulDistrict.values()) {
            targets.add(CommandTarget.page(
                    TargetKind.DISTRICT,
                    district.code(),
                    district.nameKo(),
                    district.nameEn(),
                    "district/" + district.code(),
                    List.of()));
        }
        return targets;
    }

    private static CommandTarget screen(String path, String ko, String en, String... aliases) {
        return CommandTarget.page(TargetKind.SCREEN, path, ko, en, path, List.of(aliases));
    }

    private static CommandTarget dashboard(String slug, String ko, String en, String... aliases) {
        return CommandTarget.page(TargetKind.DASHBOARD, slug, ko, en, "dashboards/" + slug, List.of(aliases));
    }

    private static CommandTarget indicator(String code, String ko, String en, String... aliases) {
        return new CommandTarget(
                TargetKind.INDICATOR,
                code,
                ko,
                en,
                List.of(aliases),
                "status?indicator=" + code,
                "district/{district}?indicator=" + code,
                true);
    }
}
