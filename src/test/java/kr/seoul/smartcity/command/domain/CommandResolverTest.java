package kr.seoul.smartcity.command.domain;

import java.util.List;
import java.util.stream.Stream;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands as people type and say them, in Korean and English, with typos and spacing of their own. */
class CommandResolverTest {

    private static final List<CommandTarget> STAFF = SampleTargets.staff();
    private static final List<CommandTarget> CITIZEN = SampleTargets.citizen();

    @ParameterizedTest(name = "{0} → /{1}")
    @CsvSource(delimiter = '|', textBlock = """
            강남구 미세먼지                          | district/11680?indicator=PM10
            강남구미세먼지                           | district/11680?indicator=PM10
            강남 미세먼지                            | district/11680?indicator=PM10
            강 남구 미세먼지                         | district/11680?indicator=PM10
            강남구의 미세먼지 좀 보여줘              | district/11680?indicator=PM10
            헤이 서울, 강남구 미세먼지 어때          | district/11680?indicator=PM10
            Hey Seoul, show fine dust in Gangnam     | district/11680?indicator=PM10
            gangnam-gu fine dust                     | district/11680?indicator=PM10
            Gangnam PM10                             | district/11680?indicator=PM10
            감남구 미세먼지                          | district/11680?indicator=PM10
            강남구 미세먼즤                          | district/11680?indicator=PM10
            강남구 미세 먼지                         | district/11680?indicator=PM10
            ㄱㄴㄱ ㅁㅅㅁㅈ                          | district/11680?indicator=PM10
            gangnma fine dust                        | district/11680?indicator=PM10
            강남구 초미세먼지                        | district/11680?indicator=PM25
            초미세먼지 강남구                        | district/11680?indicator=PM25
            ultrafine dust gangnam                   | district/11680?indicator=PM25
            pm2.5 in mapo                            | district/11440?indicator=PM25
            미세먼지                                 | status?indicator=PM10
            미세먼지 보여줘                          | status?indicator=PM10
            fine dust                                | status?indicator=PM10
            show me the fine dust                    | status?indicator=PM10
            초미세먼지 지난 7일                      | status?indicator=PM25&range=WEEK
            마포구 생활인구 지난 7일                 | district/11440?indicator=LIVING_POP&range=WEEK
            마포구 생활인구 최근 일주일              | district/11440?indicator=LIVING_POP&range=WEEK
            마포 생활 인구 지난 30일                 | district/11440?indicator=LIVING_POP&range=MONTH
            living population in Mapo last 7 days    | district/11440?indicator=LIVING_POP&range=WEEK
            mapo population past month               | district/11440?indicator=LIVING_POP&range=MONTH
            송파구 기온 올해                         | district/11710?indicator=TEMPERATURE&range=YEAR
            송파구 온도 오늘                         | district/11710?indicator=TEMPERATURE&range=DAY
            songpa temperature last year             | district/11710?indicator=TEMPERATURE&range=YEAR
            중랑천 수위                              | status?indicator=RIVER_JUNGNANG
            중랑천                                   | status?indicator=RIVER_JUNGNANG
            중랑구                                   | district/11260
            중구                                     | district/11140
            jung-gu                                  | district/11140
            강남구                                   | district/11680
            강남구 보여줘                            | district/11680
            show gangnam                             | district/11680
            Gangnam-gu                               | district/11680
            서대문구                                 | district/11410
            서대문                                   | district/11410
            영등포구 따릉이                          | district/11560?indicator=BIKE_AVAILABLE
            영등포 따릉이 몇 대                      | district/11560?indicator=BIKE_AVAILABLE
            bikes in yeongdeungpo                    | district/11560?indicator=BIKE_AVAILABLE
            교통 대시보드                            | dashboards/dept-traffic
            교통대시보드                             | dashboards/dept-traffic
            도시교통실 대시보드                      | dashboards/dept-traffic
            traffic dashboard                        | dashboards/dept-traffic
            상황실                                   | dashboards/wall
            상황실 월 스크린                         | dashboards/wall
            wall dashboard                           | dashboards/wall
            키오스크                                 | dashboards/kiosk
            결재함                                   | approval
            결재함 열어줘                            | approval
            결재 함                                  | approval
            결재함으로 가자                          | approval
            전자결재                                 | approval
            전자 결재                                | approval
            open the approval inbox                  | approval
            approval inbox                           | approval
            e-approval                               | approval
            ㅈㅈㄱㅈ                                  | approval
            show fire incidents                      | disasters
            fire incidents                           | disasters
            incidents                                | disasters
            화재                                     | disasters
            재난 안전                                | disasters
            재난안전 화면                            | disasters
            disasters and safety                     | disasters
            아카이브                                 | archive
            digital archive                          | archive
            디지털아카이브                           | archive
            디지털 아카이브 열어                     | archive
            아카이브 검색                            | archive
            지시사항                                 | directives
            지시 사항                                | directives
            directives                               | directives
            보고서                                   | reports
            reports                                  | reports
            통화                                     | calls
            통화 기록                                | calls
            call log                                 | calls
            연락처                                   | directory
            staff directory                          | directory
            경보                                     | alerts
            alerts                                   | alerts
            실시간 도시현황                          | status
            도시 현황                                | status
            city status                              | status
            real-time city status                    | status
            시민 홈                                  | ''
            home                                     | ''
            시정지표                                 | civic
            civic indices                            | civic
            핵심사업                                 | civic/projects
            key projects                             | civic/projects
            시민제안                                 | civic/proposals
            citizen proposals                        | civic/proposals
            proposals                                | civic/proposals
            공약 지도                                | civic/pledges
            공약                                     | civic/pledges
            원문공개                                 | documents
            published documents                      | documents
            내 대시보드                              | my-dashboard
            my dashboard                             | my-dashboard
            지표 카탈로그                            | admin/catalog
            약자동행                                 | civic/projects/P01
            서울형 약자동행                          | civic/projects/P01
            용산공원                                 | civic/projects/P02
            yongsan park                             | civic/projects/P02
            강남대로 정체 대응 보고                  | reports/7
            Gangnam-daero congestion report          | reports/7
            교통 안전 점검 계획                      | approval/document/12
            traffic safety inspection plan           | approval/document/12
            도로 평균속도                            | status?indicator=TRAFFIC_SPEED
            강남구 도로 평균속도                     | district/11680?indicator=TRAFFIC_SPEED
            traffic speed in seocho                  | district/11650?indicator=TRAFFIC_SPEED
            서초구 차량 속도                         | district/11650?indicator=TRAFFIC_SPEED
            CCTV 이상 감지                           | status?indicator=CCTV_ALERT
            cctv anomalies                           | status?indicator=CCTV_ALERT
            시장실                                   | office
            """)
    void aCommandReachesWhatItNames(String said, String expected) {
        Resolution resolution = CommandResolver.resolve(said, STAFF);
        assertThat(resolution.best())
                .as("best match for '%s' among %s", said, resolution.matches())
                .isPresent();
        assertThat(resolution.best().orElseThrow().location())
                .as("'%s' → %s", said, resolution.matches())
                .isEqualTo(expected);
    }

    /** Every district, however it is written, with the indicator before or after it. */
    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyDistrict")
    void everyDistrictIsFoundInEveryWayOfSayingIt(String said, String expected) {
        assertThat(CommandResolver.resolve(said, CITIZEN).best())
                .as(said)
                .get()
                .extracting(Match::location)
                .isEqualTo(expected);
    }

    static Stream<Arguments> everyDistrict() {
        return Stream.of(SeoulDistrict.values()).flatMap(district -> {
            String ko = district.nameKo();
            String en = district.nameEn();
            String shortEn = en.replace("-gu", "");
            String pm10 = "district/" + district.code() + "?indicator=PM10";
            String people = "district/" + district.code() + "?indicator=LIVING_POP";
            String week = people + "&range=WEEK";
            return Stream.of(
                    Arguments.of(ko + " 미세먼지", pm10),
                    Arguments.of(ko + "미세먼지", pm10),
                    Arguments.of(ko + "의 미세먼지 보여줘", pm10),
                    Arguments.of("미세먼지 " + ko, pm10),
                    Arguments.of("fine dust in " + en, pm10),
                    Arguments.of(shortEn.toLowerCase() + " fine dust", pm10),
                    Arguments.of(ko + " 생활인구 지난 7일", week),
                    Arguments.of("living population " + shortEn + " last 7 days", week),
                    Arguments.of(ko, "district/" + district.code()));
        });
    }

    @Test
    void aCitizensCommandForInternalContentFindsNothingInternal() {
        for (String said : List.of(
                "결재함",
                "approval inbox",
                "지시사항",
                "보고서",
                "CCTV 이상 감지",
                "강남대로 정체 대응 보고",
                "call the traffic department",
                "지시: 도시교통실 점검")) {
            Resolution resolution = CommandResolver.resolve(said, CITIZEN);
            assertThat(resolution.matches())
                    .as(said)
                    .allSatisfy(match -> assertThat(CITIZEN).contains(match.target()));
            assertThat(resolution.matches())
                    .as(said)
                    .extracting(Match::location)
                    .doesNotContain("approval", "directives", "reports", "reports/7", "status?indicator=CCTV_ALERT");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            call the traffic department        | TRAFFIC | VIDEO
            Call traffic                       | TRAFFIC | VIDEO
            video call the safety office       | SAFETY  | VIDEO
            voice call climate                 | CLIMATE | VOICE
            도시교통실에 전화                  | TRAFFIC | VIDEO
            도시교통실에 전화해줘              | TRAFFIC | VIDEO
            도시교통실에전화                   | TRAFFIC | VIDEO
            교통실 연결해줘                    | TRAFFIC | VIDEO
            안전총괄실 음성통화                | SAFETY  | VOICE
            안전총괄실에 영상통화 걸어줘       | SAFETY  | VIDEO
            기후환경본부 전화                  | CLIMATE | VIDEO
            기후 환경 본부에 전화              | CLIMATE | VIDEO
            디지털정책관 통화                  | DIGITAL | VIDEO
            ring the digital policy bureau     | DIGITAL | VIDEO
            """)
    void aCallGoesToTheDepartmentNamed(String said, String department, String kind) {
        Match best = CommandResolver.resolve(said, STAFF).best().orElseThrow();
        assertThat(best.target().kind()).as(said).isEqualTo(TargetKind.CALL);
        assertThat(best.target().key()).as(said).isEqualTo(department);
        assertThat(best.text()).as(said).isEqualTo(kind);
        assertThat(best.location()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            지시: 도시교통실 강남대로 정체 대응 방안 보고      | TRAFFIC | 강남대로 정체 대응 방안 보고
            지시 : 도시교통실 강남대로 정체 대응 방안 보고     | TRAFFIC | 강남대로 정체 대응 방안 보고
            지시 도시교통실 강남대로 정체 대응 방안 보고       | TRAFFIC | 강남대로 정체 대응 방안 보고
            지시: 도시교통실에 내일까지 보고                   | TRAFFIC | 내일까지 보고
            지시: 안전총괄실 한강 수위 점검                    | SAFETY  | 한강 수위 점검
            지시: 기후 환경 본부 미세먼지 저감 대책            | CLIMATE | 미세먼지 저감 대책
            order: traffic report on Gangnam-daero by Friday   | TRAFFIC | report on Gangnam-daero by Friday
            order: safety check the river banks                | SAFETY  | check the river banks
            """)
    void aDirectiveNamesItsDepartmentAndKeepsItsWords(String said, String department, String text) {
        Match best = CommandResolver.resolve(said, STAFF).best().orElseThrow();
        assertThat(best.target().kind()).isEqualTo(TargetKind.DIRECTIVE);
        assertThat(best.target().key()).as(said).isEqualTo(department);
        assertThat(best.text()).isEqualTo(text);
    }

    @Test
    void aDirectiveToNoDepartmentInParticularKeepsAllItsWords() {
        Match best = CommandResolver.resolve("지시: 주말 행사 안전 대책 마련", STAFF).best().orElseThrow();
        assertThat(best.target().key()).isEmpty();
        assertThat(best.text()).isEqualTo("주말 행사 안전 대책 마련");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOnes() {
        Resolution resolution = CommandResolver.resolve("결제함", STAFF);
        assertThat(resolution.best()).get().extracting(Match::location).isEqualTo("approval");

        Resolution unknown = CommandResolver.resolve("미세문제 예보", STAFF);
        assertThat(unknown.suggestions()).isTrue();
        assertThat(unknown.best()).isEmpty();
        assertThat(unknown.matches())
                .isNotEmpty()
                .extracting(match -> match.target().key())
                .contains("PM10");

        Resolution nothing = CommandResolver.resolve("quantum teleportation", STAFF);
        assertThat(nothing.best()).isEmpty();
    }

    @Test
    void theBestMatchComesFirstAndAlternativesFollow() {
        Resolution resolution = CommandResolver.resolve("강남구 미세먼지", STAFF);
        assertThat(resolution.matches())
                .extracting(Match::location)
                .startsWith("district/11680?indicator=PM10")
                .contains("status?indicator=PM10", "district/11680");
        assertThat(resolution.matches().getFirst().label(java.util.Locale.KOREAN))
                .isEqualTo("강남구 · 미세먼지");
        assertThat(resolution.matches().getFirst().label(java.util.Locale.ENGLISH))
                .isEqualTo("Gangnam-gu · Fine dust (PM10)");
    }

    @Test
    void anEmptyCommandOffersNothing() {
        assertThat(CommandResolver.resolve("", STAFF).matches()).isEmpty();
        assertThat(CommandResolver.resolve("  헤이 서울  ", STAFF).matches()).isEmpty();
    }
}
