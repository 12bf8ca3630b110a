package kr.seoul.smartcity.dev;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.NewFile;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Demo archive documents, written for this project: short Korean texts (stored as text files: the standard PDF
 * fonts have no Hangul) and English texts as generated PDFs. Added once, when the archive is empty.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoArchive implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArchive.class);

    private final ArchiveService archive;

    DemoArchive(ArchiveService archive) {
        this.archive = archive;
    }

    private record Topic(
            String department, List<String> tags, String titleKo, String textKo, String titleEn, String textEn) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic(
                    "CLIMATE",
                    List.of("미세먼지", "대기질"),
                    "미세먼지 저감 대책",
                    "서울시의 초미세먼지 농도는 계절관리제 기간에 낮아졌다. 노후 경유차 운행 제한과 도로 청소를 늘렸다.",
                    "Fine dust reduction measures",
                    "Seasonal management lowered fine dust levels in Seoul. Old diesel vehicles were restricted and streets were washed more often."),
            new Topic(
                    "TRAFFIC",
                    List.of("대중교통", "버스"),
                    "시내버스 노선 개편",
                    "시는 출퇴근 시간 혼잡을 줄이려고 간선버스 노선을 개선했습니다. 환승 대기 시간이 짧아졌다.",
                    "City bus route reform",
                    "Trunk bus routes were redrawn to ease rush hour crowding. Transfer waiting times became shorter."),
            new Topic(
                    "TRAFFIC",
                    List.of("자전거", "따릉이"),
                    "공공자전거 이용 현황",
                    "공공자전거 대여 건수가 늘었고 한강 주변 정류소의 이용이 가장 많았다.",
                    "Public bicycle usage",
                    "Rentals of public bicycles grew, with the stations along the Han River used most."),
            new Topic(
                    "SAFETY",
                    List.of("침수", "재난"),
                    "여름철 침수 대비 계획",
                    "저지대 주택의 침수를 막기 위해 물막이판을 설치하고 빗물펌프장을 점검한다.",
                    "Summer flood preparedness",
                    "Flood barriers are installed at low-lying homes and rainwater pumping stations are inspected."),
            new Topic(
                    "DIGITAL",
                    List.of("스마트도시", "데이터"),
                    "스마트도시 데이터 개방",
                    "도시 데이터를 시민에게 개방하고 공공 API로 실시간 정보를 제공한다.",
                    "Opening smart city data",
                    "City data is opened to citizens and real-time information is offered through public APIs."),
            new Topic(
                    "CLIMATE",
                    List.of("녹지", "공원"),
                    "도심 녹지 확충",
                    "도심 곳곳에 작은 숲과 공원을 만들어 여름철 열섬 현상을 완화했다.",
                    "Expanding urban green space",
                    "Small forests and parks across the city centre eased the summer heat island effect."));

    private static final ArchiveItemType[] TYPES = ArchiveItemType.values();

    @Override
    public void run(ApplicationArguments args) {
        if (archive.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        int n = 0;
        for (int year = 2021; year <= 2025; year++) {
            for (int t = 0; t < TOPICS.size(); t++) {
                Topic topic = TOPICS.get(t);
                boolean korean = (year + t) % 2 == 0;
                ArchiveItemType type = TYPES[(year + t) % TYPES.length];
                DisclosureClass disclosure = n % 7 == 3
                        ? DisclosureClass.RESTRICTED
                        : n % 5 == 2 ? DisclosureClass.INTERNAL : DisclosureClass.PUBLIC;
                String title = korean ? year + "년 " + topic.titleKo() : topic.titleEn() + " " + year;
                String text = korean
                        ? topic.textKo() + " " + year + "년 결과를 정리했다."
                        : topic.textEn() + " This edition covers " + year + ".";
                NewFile file = korean
                        ? new NewFile(
                                slug(topic, year) + ".txt", (title + "\n\n" + text).getBytes(StandardCharsets.UTF_8))
                        : new NewFile(slug(topic, year) + ".pdf", SamplePdf.of(title, text));
                List<String> tags = new ArrayList<>(topic.tags());
                archive.add(
                        ArchiveEditor.system("demo"),
                        new ArchiveDraft(
                                title,
                                type,
                                topic.department(),
                                korean ? "서울특별시" : "Seoul Metropolitan Government",
                                LocalDate.of(year, 1 + (t * 2) % 12, 1 + t),
                                tags,
                                korean ? ArchiveLanguage.KO : ArchiveLanguage.EN,
                                disclosure,
                                disclosure == DisclosureClass.RESTRICTED ? List.of(Role.MAYOR) : List.of(),
                                korean ? topic.textKo() : topic.textEn()),
                        List.of(file));
                n++;
            }
        }
        log.info("Demo archive: {} documents in {} ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    private static String slug(Topic topic, int year) {
        return topic.titleEn().toLowerCase().replace(' ', '-') + "-" + year;
    }
}
