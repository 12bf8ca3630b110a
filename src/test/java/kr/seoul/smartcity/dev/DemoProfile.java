package kr.seoul.smartcity.dev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.civic.domain.CityStatistic;
import kr.seoul.smartcity.civic.domain.GlobalRanking;
import kr.seoul.smartcity.civic.domain.MediaReport;
import kr.seoul.smartcity.civic.domain.PartnerCity;
import kr.seoul.smartcity.civic.domain.Pledge;
import kr.seoul.smartcity.civic.domain.ProjectSector;
import kr.seoul.smartcity.civic.service.ProfileService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * A sample profile of Seoul made up for this project: rounded statistics, rankings from imaginary surveys, invented
 * foreign reports, partner cities at their real places with made-up policy exports, and twenty pledges (one
 * internal). Loaded once, in the embedded default only; the screens say it is sample data.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(60)
class DemoProfile implements ApplicationRunner {

    private static final DisclosureClass PUBLIC = DisclosureClass.PUBLIC;

    private final ProfileService profile;

    DemoProfile(ProfileService profile) {
        this.profile = profile;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (profile.hasPledges()) {
            return;
        }
        List<CityStatistic> statistics = List.of(
                new CityStatistic(
                        "POPULATION", "인구", "Population", 935, "만 명", "ten thousand", 2025, "예시 통계", 1, PUBLIC),
                new CityStatistic("AREA", "면적", "Area", 605.2, "㎢", "km²", 2025, "예시 통계", 2, PUBLIC),
                new CityStatistic(
                        "GRDP",
                        "지역내총생산",
                        "Gross regional product",
                        490,
                        "조 원",
                        "trillion won",
                        2024,
                        "예시 통계",
                        3,
                        PUBLIC),
                new CityStatistic(
                        "BUDGET", "시 예산", "City budget", 48.1, "조 원", "trillion won", 2026, "예시 통계", 4, PUBLIC),
                new CityStatistic(
                        "SUBWAY",
                        "지하철 하루 이용객",
                        "Daily subway riders",
                        720,
                        "만 명",
                        "ten thousand",
                        2025,
                        "예시 통계",
                        5,
                        PUBLIC),
                new CityStatistic(
                        "FOREIGN_RESIDENTS",
                        "외국인 주민",
                        "Foreign residents",
                        44,
                        "만 명",
                        "ten thousand",
                        2025,
                        "예시 통계",
                        6,
                        PUBLIC),
                new CityStatistic("PARKS", "공원 수", "Parks", 2870, "곳", "parks", 2025, "예시 통계", 7, PUBLIC),
                new CityStatistic(
                        "VISITORS",
                        "외국인 관광객",
                        "Foreign visitors",
                        1450,
                        "만 명",
                        "ten thousand",
                        2025,
                        "예시 통계",
                        8,
                        PUBLIC));
        List<GlobalRanking> rankings = new ArrayList<>();
        int[][] places = {{8, 7, 6, 7, 6, 5}, {12, 11, 13, 10, 9, 9}, {5, 4, 4, 3, 3, 2}};
        String[][] names = {
            {"세계 도시 경쟁력", "Global city competitiveness", "예시 연구소"},
            {"살기 좋은 도시", "Liveable cities", "예시 매거진"},
            {"스마트 도시", "Smart cities", "예시 대학"}
        };
        for (int r = 0; r < names.length; r++) {
            for (int y = 0; y < 6; y++) {
                rankings.add(new GlobalRanking(
                        names[r][0], names[r][1], names[r][2], 2020 + y, places[r][y], r == 1 ? 140 : 50, PUBLIC));
            }
        }
        LocalDate today = LocalDate.now(Seoul.ZONE);
        List<MediaReport> media = List.of(
                new MediaReport(
                        today.minusDays(3),
                        "Example Times",
                        "US",
                        "[Sample] Seoul's night buses keep a city moving",
                        "https://media.example/1",
                        MediaReport.Tone.POSITIVE,
                        PUBLIC),
                new MediaReport(
                        today.minusDays(9),
                        "Beispiel Zeitung",
                        "DE",
                        "[Sample] How Seoul opens its city data",
                        "https://media.example/2",
                        MediaReport.Tone.POSITIVE,
                        PUBLIC),
                new MediaReport(
                        today.minusDays(15),
                        "Exemple Journal",
                        "FR",
                        "[Sample] Seoul's rents worry young people",
                        "https://media.example/3",
                        MediaReport.Tone.NEGATIVE,
                        PUBLIC),
                new MediaReport(
                        today.minusDays(21),
                        "Example Herald",
                        "UK",
                        "[Sample] A mayor's office on one screen",
                        "https://media.example/4",
                        MediaReport.Tone.NEUTRAL,
                        PUBLIC),
                new MediaReport(
                        today.minusDays(34),
                        "例示新聞",
                        "JP",
                        "[Sample] Seoul's riverside gardens draw visitors",
                        "https://media.example/5",
                        MediaReport.Tone.POSITIVE,
                        PUBLIC),
                new MediaReport(
                        today.minusDays(48),
                        "Example Post",
                        "SG",
                        "[Sample] Flood tunnels under Seoul",
                        "https://media.example/6",
                        MediaReport.Tone.NEUTRAL,
                        PUBLIC));
        List<PartnerCity> partners = List.of(
                partner("Taipei", "타이베이", "대만", "Taiwan", PartnerCity.Kind.SISTER, 1968, 25.03, 121.56, "교통카드"),
                partner("Ankara", "앙카라", "튀르키예", "Türkiye", PartnerCity.Kind.SISTER, 1971, 39.93, 32.86),
                partner("Honolulu", "호놀룰루", "미국", "United States", PartnerCity.Kind.SISTER, 1973, 21.31, -157.86),
                partner(
                        "San Francisco",
                        "샌프란시스코",
                        "미국",
                        "United States",
                        PartnerCity.Kind.SISTER,
                        1976,
                        37.77,
                        -122.42,
                        "공공 와이파이"),
                partner("São Paulo", "상파울루", "브라질", "Brazil", PartnerCity.Kind.SISTER, 1977, -23.55, -46.63),
                partner("Bogotá", "보고타", "콜롬비아", "Colombia", PartnerCity.Kind.SISTER, 1982, 4.71, -74.07, "버스 중앙차로"),
                partner(
                        "Jakarta",
                        "자카르타",
                        "인도네시아",
                        "Indonesia",
                        PartnerCity.Kind.SISTER,
                        1984,
                        -6.21,
                        106.85,
                        "교통정보센터"),
                partner("Tokyo", "도쿄", "일본", "Japan", PartnerCity.Kind.SISTER, 1988, 35.68, 139.69),
                partner("Moscow", "모스크바", "러시아", "Russia", PartnerCity.Kind.SISTER, 1991, 55.76, 37.62),
                partner("Sydney", "시드니", "호주", "Australia", PartnerCity.Kind.SISTER, 1991, -33.87, 151.21),
                partner("Beijing", "베이징", "중국", "China", PartnerCity.Kind.SISTER, 1993, 39.90, 116.41),
                partner("Paris", "파리", "프랑스", "France", PartnerCity.Kind.FRIENDSHIP, 1991, 48.86, 2.35),
                partner("London", "런던", "영국", "United Kingdom", PartnerCity.Kind.FRIENDSHIP, 2006, 51.51, -0.13),
                partner(
                        "Ulaanbaatar",
                        "울란바토르",
                        "몽골",
                        "Mongolia",
                        PartnerCity.Kind.FRIENDSHIP,
                        1995,
                        47.89,
                        106.91,
                        "전자정부",
                        "버스 관리"),
                partner("Hanoi", "하노이", "베트남", "Viet Nam", PartnerCity.Kind.FRIENDSHIP, 1996, 21.03, 105.85, "상수도 관리"),
                partner("Nairobi", "나이로비", "케냐", "Kenya", PartnerCity.Kind.FRIENDSHIP, 2013, -1.29, 36.82, "디지털 민원"),
                partner("Quito", "키토", "에콰도르", "Ecuador", PartnerCity.Kind.FRIENDSHIP, 2014, -0.18, -78.47, "교통카드"),
                partner(
                        "Tbilisi",
                        "트빌리시",
                        "조지아",
                        "Georgia",
                        PartnerCity.Kind.FRIENDSHIP,
                        2016,
                        41.72,
                        44.79,
                        "스마트 교통"));
        List<Pledge> pledges = new ArrayList<>();
        String[][] list = {
            {
                "PL_SUBWAY_NIGHT",
                "지하철 심야 연장 운행",
                "Late-night subway service",
                "TRANSPORT",
                "TRAFFIC",
                "11140",
                "ON_TRACK",
                "62"
            },
            {
                "PL_BIKE_ROADS",
                "자전거 전용도로 200km",
                "200 km of cycle lanes",
                "TRANSPORT",
                "TRAFFIC",
                "11560",
                "DELAYED",
                "38"
            },
            {
                "PL_BUS_ELECTRIC",
                "시내버스 전기차 전환",
                "Electric city buses",
                "ENVIRONMENT",
                "CLIMATE",
                "11680",
                "ON_TRACK",
                "55"
            },
            {
                "PL_YOUTH_HOMES",
                "청년 주택 5만 호",
                "50,000 homes for young people",
                "HOUSING",
                "HOUSING",
                "11440",
                "DELAYED",
                "41"
            },
            {
                "PL_SEMI_BASEMENT",
                "반지하 주택 해소",
                "End of semi-basement homes",
                "HOUSING",
                "HOUSING",
                "11620",
                "ON_TRACK",
                "47"
            },
            {"PL_FOREST_CITY", "정원 도시 조성", "A garden city", "ENVIRONMENT", "CLIMATE", "11170", "ON_TRACK", "58"},
            {"PL_FLOOD_TUNNEL", "대심도 빗물터널", "Deep flood tunnels", "SAFETY", "SAFETY", "11530", "ON_TRACK", "33"},
            {"PL_CCTV_AI", "지능형 CCTV 확대", "Smart CCTV everywhere", "SAFETY", "SAFETY", "11650", "DONE", "100"},
            {"PL_CARE_24", "24시간 돌봄센터", "Round-the-clock care centres", "WELFARE", "WELFARE", "11350", "ON_TRACK", "64"
            },
            {
                "PL_SENIOR_JOBS",
                "어르신 일자리 10만 개",
                "100,000 jobs for older people",
                "WELFARE",
                "WELFARE",
                null,
                "DONE",
                "100"
            },
            {"PL_LIBRARY", "생활권 도서관 50곳", "50 neighbourhood libraries", "CULTURE", "CULTURE", "11215", "DELAYED", "29"},
            {"PL_CONCERT_HALL", "클래식 공연장 건립", "A concert hall", "CULTURE", "CULTURE", "11140", "PLANNED", "5"},
            {
                "PL_STARTUP_FUND",
                "창업 펀드 1조 원",
                "A one-trillion-won start-up fund",
                "ECONOMY",
                "ECONOMY",
                null,
                "ON_TRACK",
                "71"
            },
            {"PL_MARKETS", "전통시장 현대화", "Modern traditional markets", "ECONOMY", "ECONOMY", "11230", "ON_TRACK", "52"},
            {"PL_DIGITAL_TWIN", "디지털 트윈 서울", "Digital twin of Seoul", "DIGITAL", "DIGITAL", "11140", "ON_TRACK", "66"},
            {"PL_FREE_WIFI", "무료 와이파이 전역", "Free Wi-Fi across the city", "DIGITAL", "DIGITAL", "11410", "DONE", "100"},
            {"PL_MOBILE_ID", "모바일 시민증", "A mobile citizen card", "DIGITAL", "DIGITAL", null, "PLANNED", "10"},
            {"PL_HAN_RIVER", "한강 수상 교통", "River buses on the Han", "TRANSPORT", "TRAFFIC", "11560", "DELAYED", "24"},
            {"PL_SCHOOL_ZONES", "어린이 보호구역 정비", "Safer school zones", "SAFETY", "TRAFFIC", "11290", "DONE", "100"},
            {"PL_CONTROL_ROOM", "재난상황실 이전", "A new disaster control room", "SAFETY", "SAFETY", "11140", "ON_TRACK", "45"
            }
        };
        double[][] place = {
            {37.565, 126.98},
            {37.525, 126.91},
            {37.50, 127.06},
            {37.56, 126.91},
            {37.47, 126.95},
            {37.53, 126.98},
            {37.49, 126.86},
            {37.47, 127.03},
            {37.65, 127.07},
            {0, 0},
            {37.545, 127.085},
            {37.56, 126.995},
            {0, 0},
            {37.58, 127.05},
            {37.566, 126.978},
            {37.577, 126.94},
            {0, 0},
            {37.52, 126.93},
            {37.60, 127.02},
            {37.57, 126.99}
        };
        for (int i = 0; i < list.length; i++) {
            String[] p = list[i];
            boolean located = p[5] != null;
            pledges.add(new Pledge(
                    p[0],
                    p[1],
                    p[2],
                    ProjectSector.valueOf(p[3]),
                    p[4],
                    Double.parseDouble(p[7]),
                    Pledge.Status.valueOf(p[6]),
                    p[5],
                    located ? place[i][0] : null,
                    located ? place[i][1] : null,
                    p[0].equals("PL_CONTROL_ROOM") ? DisclosureClass.INTERNAL : PUBLIC));
        }
        profile.takeOver(statistics, rankings, media, partners, pledges, true);
    }

    private static PartnerCity partner(
            String en,
            String ko,
            String countryKo,
            String countryEn,
            PartnerCity.Kind kind,
            int since,
            double lat,
            double lon,
            String... exports) {
        return new PartnerCity(en, ko, countryKo, countryEn, kind, since, lat, lon, List.of(exports), PUBLIC);
    }
}
