package kr.seoul.smartcity.dev;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.civic.domain.CivicIndex;
import kr.seoul.smartcity.civic.domain.CivicTheme;
import kr.seoul.smartcity.civic.domain.Direction;
import kr.seoul.smartcity.civic.domain.IndexValue;
import kr.seoul.smartcity.civic.domain.ValueState;
import kr.seoul.smartcity.civic.service.CivicIndexService;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * A sample set of sixty civic-affairs indices written for this project (names, units, made-up figures from 2019 on),
 * marked as sample data. Loaded once, into an empty catalogue, in the embedded default only.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(20)
class DemoCivic implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCivic.class);
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2025;
    /** Units that are rates or averages: a district's value is like the city's, not a share of it. */
    private static final Set<String> RATES = Set.of("%", "분", "km/h", "㎡", "µg/m³", "명/10만명", "점", "초", "일", "%p");

    private record Sample(
            String code,
            CivicTheme theme,
            String ko,
            String en,
            String unit,
            String department,
            Direction direction,
            boolean perDistrict,
            DisclosureClass disclosure,
            double base,
            double trend) {}

    private static Sample s(
            String code,
            CivicTheme theme,
            String ko,
            String en,
            String unit,
            String department,
            Direction direction,
            double base,
            double trend,
            String... flags) {
        List<String> f = List.of(flags);
        return new Sample(
                code,
                theme,
                ko,
                en,
                unit,
                department,
                direction,
                f.contains("district"),
                f.contains("internal") ? DisclosureClass.INTERNAL : DisclosureClass.PUBLIC,
                base,
                trend);
    }

    private static final Direction UP = Direction.HIGHER;
    private static final Direction DOWN = Direction.LOWER;

    private static final List<Sample> SAMPLES = List.of(
            s("FUT_STARTUPS", CivicTheme.FUTURE, "신규 창업기업 수", "New start-ups", "개", "ECONOMY", UP, 4200, 0.06),
            s("FUT_RND", CivicTheme.FUTURE, "R&D 투자액", "R&D investment", "억원", "ECONOMY", UP, 3100, 0.05),
            s(
                    "FUT_PUBLIC_WIFI",
                    CivicTheme.FUTURE,
                    "공공 와이파이",
                    "Public Wi-Fi access points",
                    "개소",
                    "DIGITAL",
                    UP,
                    12000,
                    0.12,
                    "district"),
            s("FUT_OPEN_DATA", CivicTheme.FUTURE, "공공데이터 개방", "Open datasets", "종", "DIGITAL", UP, 5400, 0.07),
            s(
                    "FUT_EV",
                    CivicTheme.FUTURE,
                    "전기차 등록 대수",
                    "Electric vehicles registered",
                    "대",
                    "CLIMATE",
                    UP,
                    15000,
                    0.35,
                    "district"),
            s("FUT_SOLAR", CivicTheme.FUTURE, "태양광 발전 용량", "Solar power capacity", "MW", "CLIMATE", UP, 310, 0.09),
            s("FUT_YOUTH_JOBS", CivicTheme.FUTURE, "청년 일자리", "Jobs for young people", "개", "ECONOMY", UP, 52000, 0.03),
            s("FUT_SENSORS", CivicTheme.FUTURE, "도시데이터 센서", "City data sensors", "개", "DIGITAL", UP, 850, 0.2),
            s(
                    "FUT_GHG",
                    CivicTheme.FUTURE,
                    "온실가스 배출량",
                    "Greenhouse gas emissions",
                    "만tCO2eq",
                    "CLIMATE",
                    DOWN,
                    4600,
                    -0.02),
            s(
                    "FUT_DIGITAL_EDU",
                    CivicTheme.FUTURE,
                    "디지털 교육 수료 시민",
                    "Citizens trained in digital skills",
                    "명",
                    "DIGITAL",
                    UP,
                    61000,
                    0.1),
            s(
                    "SAFE_TRAFFIC_DEATHS",
                    CivicTheme.SAFE,
                    "교통사고 사망자",
                    "Traffic deaths",
                    "명",
                    "TRAFFIC",
                    DOWN,
                    250,
                    -0.06,
                    "district"),
            s(
                    "SAFE_FIRE_RESPONSE",
                    CivicTheme.SAFE,
                    "화재 현장 도착 시간",
                    "Fire engine arrival time",
                    "분",
                    "SAFETY",
                    DOWN,
                    6.2,
                    -0.02),
            s(
                    "SAFE_CCTV",
                    CivicTheme.SAFE,
                    "방범 CCTV",
                    "Crime-prevention CCTV",
                    "대",
                    "SAFETY",
                    UP,
                    62000,
                    0.05,
                    "district"),
            s(
                    "SAFE_FLOOD_BARRIERS",
                    CivicTheme.SAFE,
                    "침수 취약가구 물막이판",
                    "Flood barriers at vulnerable homes",
                    "가구",
                    "SAFETY",
                    UP,
                    8000,
                    0.25),
            s("SAFE_CRIME", CivicTheme.SAFE, "5대 범죄 발생", "Five major crimes", "건", "SAFETY", DOWN, 101000, -0.03),
            s(
                    "SAFE_PM25",
                    CivicTheme.SAFE,
                    "초미세먼지 연평균",
                    "Annual fine dust (PM2.5)",
                    "µg/m³",
                    "CLIMATE",
                    DOWN,
                    25,
                    -0.05,
                    "district"),
            s("SAFE_FOOD", CivicTheme.SAFE, "식품 안전 점검", "Food safety inspections", "건", "WELFARE", UP, 38000, 0.02),
            s(
                    "SAFE_SEISMIC",
                    CivicTheme.SAFE,
                    "공공건축물 내진 보강률",
                    "Public buildings seismically reinforced",
                    "%",
                    "SAFETY",
                    UP,
                    62,
                    0.05),
            s(
                    "SAFE_DRILLS",
                    CivicTheme.SAFE,
                    "재난 대응 훈련",
                    "Disaster drills held",
                    "회",
                    "SAFETY",
                    UP,
                    140,
                    0.04,
                    "internal"),
            s(
                    "SAFE_SINKHOLES",
                    CivicTheme.SAFE,
                    "지반 침하 발생",
                    "Ground subsidence incidents",
                    "건",
                    "SAFETY",
                    DOWN,
                    56,
                    -0.04),
            s(
                    "WEL_DAYCARE",
                    CivicTheme.WELFARE,
                    "국공립 어린이집 이용률",
                    "Children in public day care",
                    "%",
                    "WELFARE",
                    UP,
                    41,
                    0.05,
                    "district"),
            s(
                    "WEL_ELDER_JOBS",
                    CivicTheme.WELFARE,
                    "어르신 일자리",
                    "Jobs for older people",
                    "개",
                    "WELFARE",
                    UP,
                    72000,
                    0.04),
            s(
                    "WEL_PUBLIC_HOUSING",
                    CivicTheme.WELFARE,
                    "공공주택 공급",
                    "Public housing supplied",
                    "호",
                    "HOUSING",
                    UP,
                    18000,
                    0.03),
            s("WEL_SUICIDE", CivicTheme.WELFARE, "자살률", "Suicide rate", "명/10만명", "WELFARE", DOWN, 23.6, -0.02),
            s(
                    "WEL_HOME_VISITS",
                    CivicTheme.WELFARE,
                    "찾아가는 동주민센터 방문",
                    "Home visits by community centres",
                    "건",
                    "WELFARE",
                    UP,
                    410000,
                    0.03),
            s(
                    "WEL_LIVING_WAGE",
                    CivicTheme.WELFARE,
                    "생활임금(시급)",
                    "Living wage (hourly)",
                    "원",
                    "ECONOMY",
                    UP,
                    10148,
                    0.04),
            s(
                    "WEL_PARK_AREA",
                    CivicTheme.WELFARE,
                    "1인당 공원 면적",
                    "Park area per person",
                    "㎡",
                    "CLIMATE",
                    UP,
                    16.9,
                    0.01,
                    "district"),
            s("WEL_HEALTH_CHECK", CivicTheme.WELFARE, "건강검진 수검률", "Health check-up rate", "%", "WELFARE", UP, 72, 0.01),
            s(
                    "WEL_ACCESSIBLE_TAXI",
                    CivicTheme.WELFARE,
                    "장애인 콜택시 대기시간",
                    "Wait for accessible taxis",
                    "분",
                    "TRAFFIC",
                    DOWN,
                    52,
                    -0.05),
            s(
                    "WEL_DAYCARE_WAIT",
                    CivicTheme.WELFARE,
                    "어린이집 대기 아동",
                    "Children waiting for day care",
                    "명",
                    "WELFARE",
                    DOWN,
                    9800,
                    -0.08,
                    "internal"),
            s(
                    "BAL_TRANSIT_SHARE",
                    CivicTheme.BALANCED,
                    "대중교통 수단분담률",
                    "Public transport share of trips",
                    "%",
                    "TRAFFIC",
                    UP,
                    65.6,
                    0.005),
            s(
                    "BAL_BUS_SPEED",
                    CivicTheme.BALANCED,
                    "버스 평균 운행속도",
                    "Average bus speed",
                    "km/h",
                    "TRAFFIC",
                    UP,
                    18.2,
                    0.01),
            s(
                    "BAL_CYCLE_LANES",
                    CivicTheme.BALANCED,
                    "자전거도로 연장",
                    "Cycle lanes",
                    "km",
                    "TRAFFIC",
                    UP,
                    1259,
                    0.04,
                    "district"),
            s(
                    "BAL_REGENERATION",
                    CivicTheme.BALANCED,
                    "도시재생 활성화 지역",
                    "Urban regeneration areas",
                    "곳",
                    "HOUSING",
                    UP,
                    28,
                    0.08),
            s(
                    "BAL_FISCAL_GAP",
                    CivicTheme.BALANCED,
                    "자치구 재정자립도 격차",
                    "Gap in districts' fiscal independence",
                    "%p",
                    "ECONOMY",
                    DOWN,
                    47,
                    -0.02),
            s(
                    "BAL_LIBRARIES",
                    CivicTheme.BALANCED,
                    "공공도서관",
                    "Public libraries",
                    "곳",
                    "CULTURE",
                    UP,
                    180,
                    0.03,
                    "district"),
            s(
                    "BAL_MARKET_SALES",
                    CivicTheme.BALANCED,
                    "전통시장 매출",
                    "Traditional market sales",
                    "억원",
                    "ECONOMY",
                    UP,
                    58000,
                    0.01),
            s("BAL_COMMUTE", CivicTheme.BALANCED, "평균 통근 시간", "Average commute", "분", "TRAFFIC", DOWN, 52, -0.01),
            s(
                    "BAL_CLOSURES",
                    CivicTheme.BALANCED,
                    "소상공인 폐업률",
                    "Small business closure rate",
                    "%",
                    "ECONOMY",
                    DOWN,
                    4.4,
                    -0.01),
            s(
                    "BAL_NORTHEAST",
                    CivicTheme.BALANCED,
                    "동북권 투자 비중",
                    "Share of investment in the north-east",
                    "%",
                    "ECONOMY",
                    UP,
                    21,
                    0.03,
                    "internal"),
            s(
                    "DEM_PARTICIPATORY",
                    CivicTheme.DEMOCRACY,
                    "주민참여예산",
                    "Participatory budget",
                    "억원",
                    "CITIZEN",
                    UP,
                    700,
                    0.02),
            s(
                    "DEM_PROPOSALS",
                    CivicTheme.DEMOCRACY,
                    "시민 제안 접수",
                    "Citizen proposals received",
                    "건",
                    "CITIZEN",
                    UP,
                    6100,
                    0.07),
            s(
                    "DEM_DISCLOSURE_ON_TIME",
                    CivicTheme.DEMOCRACY,
                    "정보공개 기한 내 처리율",
                    "Disclosure requests answered on time",
                    "%",
                    "CITIZEN",
                    UP,
                    93,
                    0.005),
            s("DEM_VOLUNTEERS", CivicTheme.DEMOCRACY, "자원봉사 참여 시민", "Volunteers", "명", "CITIZEN", UP, 1100000, 0.02),
            s(
                    "DEM_COMMITTEES",
                    CivicTheme.DEMOCRACY,
                    "위원회 시민위원 비율",
                    "Citizens on city committees",
                    "%",
                    "CITIZEN",
                    UP,
                    18,
                    0.04),
            s(
                    "DEM_FULL_TEXT",
                    CivicTheme.DEMOCRACY,
                    "결재문서 원문 공개율",
                    "Approved documents published in full",
                    "%",
                    "DIGITAL",
                    UP,
                    61,
                    0.03),
            s(
                    "DEM_VILLAGES",
                    CivicTheme.DEMOCRACY,
                    "마을공동체",
                    "Village communities",
                    "개",
                    "CITIZEN",
                    UP,
                    2300,
                    0.04,
                    "district"),
            s(
                    "DEM_WOMEN_MANAGERS",
                    CivicTheme.DEMOCRACY,
                    "여성 관리자 비율",
                    "Women in management",
                    "%",
                    "CITIZEN",
                    UP,
                    22,
                    0.05,
                    "internal"),
            s(
                    "DEM_OMBUDSMAN",
                    CivicTheme.DEMOCRACY,
                    "시민감사 처리",
                    "Ombudsman cases closed",
                    "건",
                    "CITIZEN",
                    UP,
                    1300,
                    0.03),
            s("DEM_INTEGRITY", CivicTheme.DEMOCRACY, "종합청렴도", "Integrity score", "점", "CITIZEN", UP, 8.1, 0.01),
            s(
                    "OUT_120_ANSWERED",
                    CivicTheme.OUTREACH,
                    "120다산콜 응답률",
                    "120 Dasan calls answered",
                    "%",
                    "CITIZEN",
                    UP,
                    89,
                    0.01),
            s(
                    "OUT_120_WAIT",
                    CivicTheme.OUTREACH,
                    "120다산콜 대기시간",
                    "120 Dasan waiting time",
                    "초",
                    "CITIZEN",
                    DOWN,
                    58,
                    -0.04),
            s(
                    "OUT_COMPLAINT_DAYS",
                    CivicTheme.OUTREACH,
                    "민원 평균 처리 일수",
                    "Days to settle a complaint",
                    "일",
                    "CITIZEN",
                    DOWN,
                    6.8,
                    -0.03),
            s(
                    "OUT_FOLLOWERS",
                    CivicTheme.OUTREACH,
                    "SNS 구독자",
                    "Social media followers",
                    "만명",
                    "CITIZEN",
                    UP,
                    310,
                    0.08),
            s(
                    "OUT_SATISFACTION",
                    CivicTheme.OUTREACH,
                    "민원 만족도",
                    "Satisfaction with complaint handling",
                    "점",
                    "CITIZEN",
                    UP,
                    78,
                    0.01),
            s(
                    "OUT_FOREIGN_VISITORS",
                    CivicTheme.OUTREACH,
                    "외국인 관광객",
                    "Foreign visitors",
                    "만명",
                    "CULTURE",
                    UP,
                    1390,
                    0.05),
            s("OUT_FESTIVALS", CivicTheme.OUTREACH, "시민 축제 참여", "Festival attendance", "만명", "CULTURE", UP, 620, 0.04),
            s(
                    "OUT_MOBILE",
                    CivicTheme.OUTREACH,
                    "모바일 민원 비율",
                    "Complaints filed on a phone",
                    "%",
                    "DIGITAL",
                    UP,
                    38,
                    0.07),
            s(
                    "OUT_TOWN_HALLS",
                    CivicTheme.OUTREACH,
                    "시장 현장 소통",
                    "Mayor's town-hall meetings",
                    "회",
                    "CITIZEN",
                    UP,
                    42,
                    0.03),
            s(
                    "OUT_OVERDUE",
                    CivicTheme.OUTREACH,
                    "기한 초과 민원",
                    "Overdue complaints",
                    "건",
                    "CITIZEN",
                    DOWN,
                    2100,
                    -0.06,
                    "internal"));

    private final CivicIndexService civic;
    private final DirectoryService directory;

    DemoCivic(CivicIndexService civic, DirectoryService directory) {
        this.civic = civic;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        List.of(
                        Department.of("ECONOMY", "경제정책실", "Economic Policy Office"),
                        Department.of("WELFARE", "복지실", "Welfare Office"),
                        Department.of("HOUSING", "주택실", "Housing Office"),
                        Department.of("CULTURE", "문화본부", "Culture Headquarters"),
                        Department.of("CITIZEN", "시민소통기획관", "Citizen Communication Bureau"))
                .stream()
                .filter(d -> directory.findDepartment(d.code()).isEmpty())
                .forEach(directory::addDepartment);
        if (civic.count() > 0) {
            return;
        }
        Instant at = Instant.parse("2026-02-15T01:00:00Z");
        List<IndexValue> values = new ArrayList<>();
        int order = 0;
        for (Sample sample : SAMPLES) {
            civic.define(
                    new CivicIndex(
                            sample.code(),
                            sample.theme(),
                            sample.ko(),
                            sample.en(),
                            definitionKo(sample),
                            definitionEn(sample),
                            sample.unit(),
                            sample.department(),
                            sample.direction(),
                            sample.perDistrict(),
                            sample.disclosure(),
                            order++),
                    true);
            values.addAll(values(sample, at));
        }
        civic.takeOver(values);
        log.info("Sample civic-affairs indices ready: {} indices, {} values", SAMPLES.size(), values.size());
    }

    private static List<IndexValue> values(Sample sample, Instant at) {
        Random random = new Random(sample.code().hashCode());
        List<IndexValue> values = new ArrayList<>();
        double actual = sample.base();
        for (int year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) {
            double planned = sample.base() * Math.pow(1 + sample.trend() * 1.1, year - FIRST_YEAR);
            if (year > FIRST_YEAR) {
                // most indices keep close to plan; a few fall behind in recent years
                double luck = random.nextGaussian() * Math.abs(sample.trend()) * 0.8;
                boolean slipping = random.nextInt(6) == 0 && year >= 2023;
                actual = actual * (1 + sample.trend() + luck + (slipping ? -Math.signum(sample.trend()) * 0.06 : 0));
            }
            if (year > LAST_YEAR) {
                values.add(new IndexValue(
                        sample.code(),
                        year,
                        IndexValue.CITY,
                        round(sample, planned),
                        null,
                        ValueState.PLANNED,
                        null,
                        null,
                        null,
                        null));
                continue;
            }
            boolean awaiting = year == LAST_YEAR && random.nextInt(8) == 0;
            values.add(new IndexValue(
                    sample.code(),
                    year,
                    IndexValue.CITY,
                    round(sample, planned),
                    round(sample, actual),
                    awaiting ? ValueState.ENTERED : ValueState.CONFIRMED,
                    "sample",
                    at,
                    awaiting ? null : "sample",
                    awaiting ? null : at));
            if (sample.perDistrict() && year == LAST_YEAR) {
                for (SeoulDistrict district : SeoulDistrict.values()) {
                    double share = RATES.contains(sample.unit()) ? 1 : 1 / 25.0;
                    double spread = 0.7 + random.nextDouble() * 0.6;
                    values.add(new IndexValue(
                            sample.code(),
                            year,
                            district.code(),
                            round(sample, planned * share),
                            round(sample, actual * share * spread),
                            ValueState.CONFIRMED,
                            "sample",
                            at,
                            "sample",
                            at));
                }
            }
        }
        return values;
    }

    private static double round(Sample sample, double value) {
        return Math.abs(value) >= 100
                        || !RATES.contains(sample.unit()) && !sample.unit().equals("MW")
                ? Math.round(value)
                : Math.round(value * 10) / 10.0;
    }

    private static String definitionKo(Sample sample) {
        return sample.ko() + "을(를) 해마다 " + sample.unit() + " 단위로 집계한 값입니다. 값이 "
                + (sample.direction() == Direction.HIGHER ? "클수록" : "작을수록") + " 좋으며, 목표는 연초에 소관 부서가 "
                + "정합니다." + (sample.perDistrict() ? " 자치구별 값도 집계합니다." : "") + " 예시 자료입니다.";
    }

    private static String definitionEn(Sample sample) {
        return sample.en() + ", counted each year in " + sample.unit() + ". "
                + (sample.direction() == Direction.HIGHER ? "Higher" : "Lower") + " is better; the owning department "
                + "sets the target at the start of the year."
                + (sample.perDistrict() ? " Also counted per district." : "")
                + " Sample data.";
    }
}
