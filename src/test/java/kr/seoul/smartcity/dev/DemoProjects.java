package kr.seoul.smartcity.dev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.civic.domain.CityProject;
import kr.seoul.smartcity.civic.domain.Milestone;
import kr.seoul.smartcity.civic.domain.NewsItem;
import kr.seoul.smartcity.civic.domain.ProgressEntry;
import kr.seoul.smartcity.civic.domain.ProjectSector;
import kr.seoul.smartcity.civic.service.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * A sample set of thirty-six key city projects written for this project, with made-up budgets, places, milestones
 * (some late), progress and news. Loaded once, into an empty list, in the embedded default only. The first project
 * always has a milestone running past its planned end, so the delay highlighting can be seen.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(30)
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    /** Rough centres of the districts used, for map markers. */
    private static final Map<String, double[]> PLACES = Map.ofEntries(
            Map.entry("11110", new double[] {37.594, 126.977}), Map.entry("11140", new double[] {37.560, 126.996}),
            Map.entry("11170", new double[] {37.531, 126.980}), Map.entry("11200", new double[] {37.551, 127.041}),
            Map.entry("11215", new double[] {37.546, 127.086}), Map.entry("11230", new double[] {37.581, 127.055}),
            Map.entry("11290", new double[] {37.605, 127.017}), Map.entry("11350", new double[] {37.652, 127.075}),
            Map.entry("11410", new double[] {37.577, 126.938}), Map.entry("11440", new double[] {37.562, 126.908}),
            Map.entry("11500", new double[] {37.551, 126.850}), Map.entry("11530", new double[] {37.494, 126.856}),
            Map.entry("11560", new double[] {37.522, 126.910}), Map.entry("11620", new double[] {37.467, 126.945}),
            Map.entry("11650", new double[] {37.473, 127.031}), Map.entry("11680", new double[] {37.496, 127.063}),
            Map.entry("11710", new double[] {37.505, 127.115}), Map.entry("11740", new double[] {37.550, 127.147}));

    private record Sample(
            String code,
            ProjectSector sector,
            String ko,
            String en,
            String department,
            String district,
            long budgetMillion,
            boolean construction,
            boolean internal) {}

    private static Sample p(
            String code,
            ProjectSector sector,
            String ko,
            String en,
            String department,
            String district,
            long budgetMillion,
            boolean construction) {
        return new Sample(code, sector, ko, en, department, district, budgetMillion, construction, false);
    }

    private static final List<Sample> SAMPLES = List.of(
            p(
                    "PRJ_WEST_LINE",
                    ProjectSector.TRANSPORT,
                    "서부선 경전철 건설",
                    "West light rail line",
                    "TRAFFIC",
                    "11410",
                    1_650_000,
                    true),
            p(
                    "PRJ_BUS_TRANSFER",
                    ProjectSector.TRANSPORT,
                    "광역버스 환승센터",
                    "Regional bus transfer centre",
                    "TRAFFIC",
                    "11650",
                    210_000,
                    true),
            p(
                    "PRJ_CYCLE_NETWORK",
                    ProjectSector.TRANSPORT,
                    "한강 자전거 간선망",
                    "Han River cycle network",
                    "TRAFFIC",
                    "11560",
                    48_000,
                    true),
            p(
                    "PRJ_SMART_SIGNALS",
                    ProjectSector.TRANSPORT,
                    "스마트 교차로 신호",
                    "Smart junction signals",
                    "TRAFFIC",
                    "11680",
                    36_000,
                    false),
            p(
                    "PRJ_UNDERGROUND_ROAD",
                    ProjectSector.TRANSPORT,
                    "도심 지하도로",
                    "City-centre underground road",
                    "TRAFFIC",
                    "11140",
                    980_000,
                    true),
            p("PRJ_DRT", ProjectSector.TRANSPORT, "수요응답형 버스 확대", "On-demand buses", "TRAFFIC", "11350", 12_000, false),
            p(
                    "PRJ_YOUTH_HOUSING",
                    ProjectSector.HOUSING,
                    "역세권 청년주택",
                    "Youth housing near stations",
                    "HOUSING",
                    "11440",
                    520_000,
                    true),
            p(
                    "PRJ_OLD_TOWN",
                    ProjectSector.HOUSING,
                    "노후 저층주거지 정비",
                    "Renewal of old low-rise housing",
                    "HOUSING",
                    "11290",
                    310_000,
                    true),
            p(
                    "PRJ_PUBLIC_RENTAL",
                    ProjectSector.HOUSING,
                    "공공임대 리모델링",
                    "Public rental remodelling",
                    "HOUSING",
                    "11620",
                    140_000,
                    true),
            p(
                    "PRJ_SEMI_BASEMENT",
                    ProjectSector.HOUSING,
                    "반지하 주택 이주 지원",
                    "Help to move out of semi-basements",
                    "HOUSING",
                    "11620",
                    64_000,
                    false),
            p(
                    "PRJ_URBAN_FOREST",
                    ProjectSector.ENVIRONMENT,
                    "도심 숲길 조성",
                    "City-centre forest paths",
                    "CLIMATE",
                    "11110",
                    56_000,
                    true),
            p(
                    "PRJ_RAIN_TUNNEL",
                    ProjectSector.ENVIRONMENT,
                    "대심도 빗물배수터널",
                    "Deep rainwater tunnel",
                    "SAFETY",
                    "11530",
                    730_000,
                    true),
            p(
                    "PRJ_SOLAR_ROOFS",
                    ProjectSector.ENVIRONMENT,
                    "공공건물 태양광 지붕",
                    "Solar roofs on public buildings",
                    "CLIMATE",
                    "11710",
                    41_000,
                    false),
            p(
                    "PRJ_EV_CHARGERS",
                    ProjectSector.ENVIRONMENT,
                    "전기차 충전소 확충",
                    "More electric vehicle chargers",
                    "CLIMATE",
                    "11500",
                    88_000,
                    false),
            p(
                    "PRJ_HAN_WATERFRONT",
                    ProjectSector.ENVIRONMENT,
                    "한강 수변 정원",
                    "Han River waterside gardens",
                    "CLIMATE",
                    "11170",
                    120_000,
                    true),
            p(
                    "PRJ_ZERO_WASTE",
                    ProjectSector.ENVIRONMENT,
                    "자원회수시설 현대화",
                    "Modern resource recovery plant",
                    "CLIMATE",
                    "11440",
                    640_000,
                    true),
            p(
                    "PRJ_STARTUP_CAMPUS",
                    ProjectSector.ECONOMY,
                    "창업 캠퍼스",
                    "Start-up campus",
                    "ECONOMY",
                    "11200",
                    150_000,
                    true),
            p(
                    "PRJ_BIO_HUB",
                    ProjectSector.ECONOMY,
                    "바이오 의료 클러스터",
                    "Bio-medical cluster",
                    "ECONOMY",
                    "11230",
                    270_000,
                    true),
            p(
                    "PRJ_MARKET_REVIVAL",
                    ProjectSector.ECONOMY,
                    "전통시장 활성화",
                    "Reviving traditional markets",
                    "ECONOMY",
                    "11140",
                    33_000,
                    false),
            p(
                    "PRJ_FINTECH_LAB",
                    ProjectSector.ECONOMY,
                    "핀테크 실증 지원",
                    "Fintech testbed",
                    "ECONOMY",
                    "11560",
                    27_000,
                    false),
            p(
                    "PRJ_CARE_CENTRES",
                    ProjectSector.WELFARE,
                    "우리동네 돌봄센터",
                    "Neighbourhood care centres",
                    "WELFARE",
                    "11350",
                    46_000,
                    false),
            p(
                    "PRJ_SENIOR_HEALTH",
                    ProjectSector.WELFARE,
                    "어르신 건강관리 플랫폼",
                    "Health platform for older people",
                    "WELFARE",
                    "11680",
                    22_000,
                    false),
            p(
                    "PRJ_PUBLIC_HOSPITAL",
                    ProjectSector.WELFARE,
                    "서남권 공공병원",
                    "South-west public hospital",
                    "WELFARE",
                    "11530",
                    410_000,
                    true),
            p(
                    "PRJ_CHILD_PLAY",
                    ProjectSector.WELFARE,
                    "창의 어린이 놀이터",
                    "Creative playgrounds",
                    "WELFARE",
                    "11740",
                    18_000,
                    true),
            p(
                    "PRJ_CONCERT_HALL",
                    ProjectSector.CULTURE,
                    "클래식 공연장",
                    "Classical concert hall",
                    "CULTURE",
                    "11140",
                    330_000,
                    true),
            p(
                    "PRJ_LIBRARY_NET",
                    ProjectSector.CULTURE,
                    "생활권 도서관",
                    "Neighbourhood libraries",
                    "CULTURE",
                    "11215",
                    52_000,
                    true),
            p(
                    "PRJ_NIGHT_FESTIVAL",
                    ProjectSector.CULTURE,
                    "한강 야간 축제",
                    "Han River night festival",
                    "CULTURE",
                    "11170",
                    9_000,
                    false),
            p(
                    "PRJ_HERITAGE_WALK",
                    ProjectSector.CULTURE,
                    "역사 도심 걷는 길",
                    "Historic city walking trails",
                    "CULTURE",
                    "11110",
                    15_000,
                    true),
            p(
                    "PRJ_FLOOD_BARRIERS",
                    ProjectSector.SAFETY,
                    "침수 취약지 물막이판",
                    "Flood barriers for vulnerable homes",
                    "SAFETY",
                    "11620",
                    24_000,
                    false),
            p(
                    "PRJ_SINKHOLE_RADAR",
                    ProjectSector.SAFETY,
                    "지반 탐사 레이더",
                    "Ground-penetrating radar survey",
                    "SAFETY",
                    "11650",
                    17_000,
                    false),
            p(
                    "PRJ_CROWD_SAFETY",
                    ProjectSector.SAFETY,
                    "인파 밀집 관리 시스템",
                    "Crowd safety system",
                    "SAFETY",
                    "11170",
                    31_000,
                    false),
            new Sample(
                    "PRJ_CONTROL_ROOM",
                    ProjectSector.SAFETY,
                    "통합 재난상황실 이전",
                    "New disaster control room",
                    "SAFETY",
                    "11140",
                    95_000,
                    true,
                    true),
            p(
                    "PRJ_DIGITAL_TWIN",
                    ProjectSector.DIGITAL,
                    "디지털 트윈 서울",
                    "Digital twin of Seoul",
                    "DIGITAL",
                    "11140",
                    68_000,
                    false),
            p(
                    "PRJ_PUBLIC_WIFI",
                    ProjectSector.DIGITAL,
                    "공공 와이파이 고도화",
                    "Better public Wi-Fi",
                    "DIGITAL",
                    "11410",
                    39_000,
                    false),
            p(
                    "PRJ_AI_COMPLAINTS",
                    ProjectSector.DIGITAL,
                    "AI 민원 상담",
                    "AI complaint assistant",
                    "DIGITAL",
                    "11140",
                    14_000,
                    false),
            new Sample(
                    "PRJ_DATA_CENTRE",
                    ProjectSector.DIGITAL,
                    "시 데이터센터 이중화",
                    "Second city data centre",
                    "DIGITAL",
                    "11500",
                    120_000,
                    true,
                    true));

    private static final String[][] BUILD_PHASES = {
        {"기본계획", "Master plan"},
        {"실시설계", "Detailed design"},
        {"인허가·보상", "Permits and land"},
        {"공사", "Construction"},
        {"준공·개통", "Completion and opening"}
    };
    private static final String[][] PROGRAMME_PHASES = {
        {"사업 기획", "Planning"}, {"시범 운영", "Pilot"}, {"확대 시행", "Roll-out"}, {"성과 평가", "Evaluation"}
    };
    private static final String[] OUTLETS = {"서울일보", "한강신문", "시민타임즈", "Seoul Daily"};
    private static final String[] CONTACTS = {"김주무관", "이팀장", "박주무관", "최팀장", "정주무관"};

    private final ProjectService projects;

    DemoProjects(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (projects.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(Seoul.ZONE);
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            Random random = new Random(sample.code().hashCode());
            double[] place = PLACES.get(sample.district());
            CityProject project = new CityProject(
                    sample.code(),
                    sample.ko(),
                    sample.en(),
                    outlineKo(sample),
                    outlineEn(sample),
                    sample.sector(),
                    sample.budgetMillion(),
                    sample.department(),
                    CONTACTS[i % CONTACTS.length],
                    "02-2133-" + (1000 + random.nextInt(9000)),
                    sample.district(),
                    place[0] + (random.nextDouble() - 0.5) * 0.01,
                    place[1] + (random.nextDouble() - 0.5) * 0.01,
                    sample.ko().replace(" ", ""),
                    sample.internal() ? DisclosureClass.INTERNAL : DisclosureClass.PUBLIC);
            List<Milestone> milestones = milestones(sample, random, today, i == 0);
            projects.define(
                    project, milestones, progress(sample, milestones, today), news(sample, random, today), true);
        }
        log.info("Sample key city projects ready: {}", SAMPLES.size());
    }

    private static List<Milestone> milestones(Sample sample, Random random, LocalDate today, boolean forceOverdue) {
        String[][] phases = sample.construction() ? BUILD_PHASES : PROGRAMME_PHASES;
        LocalDate start = today.minusMonths(12 + random.nextInt(36)).withDayOfMonth(1);
        List<Milestone> milestones = new ArrayList<>();
        LocalDate plannedStart = start;
        LocalDate actualCursor = start;
        boolean stillRunning = false;
        for (int seq = 0; seq < phases.length; seq++) {
            int months = sample.construction()
                    ? (seq == 3 ? 18 + random.nextInt(18) : 4 + random.nextInt(8))
                    : 3 + random.nextInt(9);
            LocalDate plannedEnd = plannedStart.plusMonths(months).minusDays(1);
            boolean late = random.nextInt(4) == 0;
            LocalDate finished = plannedEnd.plusDays(late ? 30 + random.nextInt(150) : -random.nextInt(20));
            if (finished.isBefore(actualCursor)) {
                finished = actualCursor.plusDays(10);
            }
            boolean done = !stillRunning && finished.isBefore(today) && !(forceOverdue && seq == 2);
            stillRunning = !done;
            if (forceOverdue && seq == 2 && !plannedEnd.isBefore(today)) {
                // this step was due two months ago and still runs
                plannedEnd = today.minusMonths(2);
                if (!plannedEnd.isAfter(plannedStart)) {
                    plannedStart = plannedEnd.minusMonths(6);
                }
            }
            milestones.add(new Milestone(
                    sample.code(),
                    seq + 1,
                    phases[seq][0],
                    phases[seq][1],
                    plannedStart,
                    plannedEnd,
                    done ? finished : null));
            plannedStart = plannedEnd.plusDays(1);
            actualCursor = done ? finished : actualCursor;
        }
        return milestones;
    }

    private static List<ProgressEntry> progress(Sample sample, List<Milestone> milestones, LocalDate today) {
        List<ProgressEntry> entries = new ArrayList<>();
        LocalDate first = milestones.getFirst().plannedStart();
        LocalDate last = milestones.getLast().plannedEnd();
        double span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        long doneSteps = milestones.stream().filter(m -> m.actualEnd() != null).count();
        double reached = 100.0 * doneSteps / milestones.size();
        for (LocalDate day = first.withDayOfMonth(1); !day.isAfter(today); day = day.plusMonths(3)) {
            double planned = Math.min(100, 100 * (day.toEpochDay() - first.toEpochDay()) / span);
            double percent = Math.min(reached, Math.round(planned * 0.95 * 10) / 10.0);
            entries.add(new ProgressEntry(
                    sample.code(),
                    day,
                    Math.max(0, percent),
                    percent >= planned * 0.9 ? "계획대로 진행" : "일정 지연, 만회 대책 추진"));
        }
        return entries;
    }

    private static List<NewsItem> news(Sample sample, Random random, LocalDate today) {
        List<NewsItem> news = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int n = 0; n < count; n++) {
            news.add(new NewsItem(
                    sample.code(),
                    today.minusDays(5 + random.nextInt(400)),
                    OUTLETS[random.nextInt(OUTLETS.length)],
                    "[예시 기사] " + sample.ko() + (n == 0 ? " 순항" : n == 1 ? " 시민 의견 수렴" : " 현장 점검"),
                    "https://news.example/seoul/" + sample.code().toLowerCase() + "/" + (n + 1)));
        }
        return news;
    }

    private static String outlineKo(Sample sample) {
        return sample.ko() + " 사업입니다. "
                + (sample.construction() ? "시설을 짓고 시민에게 개방합니다. " : "서비스를 시범 운영한 뒤 시 전역으로 넓힙니다. ") + "예시 자료입니다.";
    }

    private static String outlineEn(Sample sample) {
        return sample.en() + ". "
                + (sample.construction()
                        ? "The facility is built and opened to citizens. "
                        : "The service is piloted, then extended across the city. ")
                + "Sample data.";
    }
}
