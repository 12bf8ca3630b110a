package kr.seoul.smartcity.dev;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.civic.domain.Channel;
import kr.seoul.smartcity.civic.domain.ComplaintDay;
import kr.seoul.smartcity.civic.domain.TopicWeek;
import kr.seoul.smartcity.civic.service.OpinionService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Sample figures of citizens' voices made up for this project: sixty days of complaints per channel and bureau (the
 * transport and housing bureaus with overdue ones), and twelve weeks of eight topics, one of them internal.
 * Loaded once, in the embedded default only.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(50)
class DemoOpinions implements ApplicationRunner {

    private static final List<String> BUREAUS =
            List.of("TRAFFIC", "CLIMATE", "SAFETY", "DIGITAL", "ECONOMY", "WELFARE", "HOUSING", "CULTURE", "CITIZEN");
    private static final int[] CHANNEL_WEIGHT = {40, 22, 25, 8, 5};

    private record Topic(
            String ko,
            String en,
            int volume,
            double positive,
            double negative,
            List<String> keywords,
            DisclosureClass disclosure) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic(
                    "대중교통",
                    "Public transport",
                    1800,
                    0.32,
                    0.41,
                    List.of("버스 배차", "지하철 혼잡", "심야버스"),
                    DisclosureClass.PUBLIC),
            new Topic("미세먼지", "Fine dust", 950, 0.18, 0.57, List.of("마스크", "공기청정기", "경보"), DisclosureClass.PUBLIC),
            new Topic("주거", "Housing", 1200, 0.22, 0.49, List.of("전세", "청년주택", "재개발"), DisclosureClass.PUBLIC),
            new Topic(
                    "공원·여가",
                    "Parks and leisure",
                    700,
                    0.61,
                    0.12,
                    List.of("한강공원", "산책로", "축제"),
                    DisclosureClass.PUBLIC),
            new Topic("안전", "Safety", 640, 0.27, 0.38, List.of("침수", "CCTV", "보행로"), DisclosureClass.PUBLIC),
            new Topic("복지", "Welfare", 520, 0.44, 0.21, List.of("돌봄", "어르신", "기초생활"), DisclosureClass.PUBLIC),
            new Topic(
                    "디지털 행정",
                    "Digital services",
                    380,
                    0.52,
                    0.19,
                    List.of("모바일 민원", "앱", "본인인증"),
                    DisclosureClass.PUBLIC),
            new Topic(
                    "공직 비위 제보",
                    "Misconduct reports",
                    45,
                    0.05,
                    0.72,
                    List.of("감사", "제보", "조사"),
                    DisclosureClass.INTERNAL));

    private final OpinionService opinions;

    DemoOpinions(OpinionService opinions) {
        this.opinions = opinions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (opinions.hasFigures()) {
            return;
        }
        Random random = new Random(120);
        LocalDate today = LocalDate.now(Seoul.ZONE);
        List<ComplaintDay> days = new ArrayList<>();
        for (LocalDate day = today.minusDays(59); !day.isAfter(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (Channel channel : Channel.values()) {
                for (int b = 0; b < BUREAUS.size(); b++) {
                    String bureau = BUREAUS.get(b);
                    int base = CHANNEL_WEIGHT[channel.ordinal()] * (b < 3 ? 3 : 1) * (weekend ? 1 : 2);
                    int received = Math.max(0, (int) Math.round(base * (0.8 + random.nextDouble() * 0.4)));
                    boolean slow = bureau.equals("TRAFFIC") || bureau.equals("HOUSING");
                    int handled = (int) Math.round(received * (slow ? 0.78 : 0.93 + random.nextDouble() * 0.05));
                    int overdue = slow && random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
                    days.add(
                            new ComplaintDay(day, channel, bureau, received, handled, overdue, DisclosureClass.PUBLIC));
                }
            }
        }
        List<TopicWeek> weeks = new ArrayList<>();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        for (Topic topic : TOPICS) {
            for (int w = 11; w >= 0; w--) {
                double wave = 1 + 0.25 * Math.sin((w + topic.ko().length()) / 2.0) + random.nextGaussian() * 0.05;
                double shift = random.nextGaussian() * 0.03;
                weeks.add(new TopicWeek(
                        monday.minusWeeks(w),
                        topic.ko(),
                        topic.en(),
                        (int) Math.round(topic.volume() * wave),
                        clamp(topic.positive() + shift),
                        clamp(topic.negative() - shift),
                        topic.keywords(),
                        topic.disclosure()));
            }
        }
        opinions.takeOver(days, weeks, true);
    }

    private static double clamp(double share) {
        return Math.round(Math.max(0, Math.min(0.95, share)) * 1000) / 1000.0;
    }
}
