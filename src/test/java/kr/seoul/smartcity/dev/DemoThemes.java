package kr.seoul.smartcity.dev;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.service.ArchiveItemDetails;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.domain.ThemeItem;
import kr.seoul.smartcity.theme.service.ThemeDraft;
import kr.seoul.smartcity.theme.service.ThemeEditor;
import kr.seoul.smartcity.theme.service.ThemeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Fills the five seed themes (created empty by the migration) with indicators of the starter catalogue, the demo key
 * projects, a few well-known places and public documents of the demo archive, and publishes them. A theme someone
 * has already given items or published is left as it is. Embedded default only.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(80)
class DemoThemes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoThemes.class);
    private static final ThemeEditor DEMO = new ThemeEditor("demo", Role.ADMIN, null);

    private final ThemeService themes;
    private final ArchiveService archive;

    DemoThemes(ThemeService themes, ArchiveService archive) {
        this.themes = themes;
        this.archive = archive;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ArchiveItem> documents = publicDocuments();
        Map<String, List<ThemeItem>> contents = Map.of(
                "walking",
                        List.of(
                                ThemeItem.indicator("AIR_PM25", "걷기 전에 확인하는 초미세먼지", "Check fine dust before a walk"),
                                ThemeItem.indicator("TRAIL_LENGTH", "서울둘레길 전체 길이", "All of the Seoul Dulle-gil trail"),
                                ThemeItem.indicator("BIKE_AVAILABLE", "걷다가 빌리는 따릉이", "Bikes to borrow on the way"),
                                ThemeItem.project("PRJ_HERITAGE_WALK", "", ""),
                                ThemeItem.project("PRJ_URBAN_FOREST", "", ""),
                                ThemeItem.project("PRJ_CYCLE_NETWORK", "", ""),
                                ThemeItem.place(
                                        "서울로 7017",
                                        37.5567,
                                        126.9706,
                                        "서울역 고가를 고친 보행길",
                                        "The old Seoul Station overpass, now a walkway"),
                                ThemeItem.place(
                                        "청계천",
                                        37.5691,
                                        126.9786,
                                        "도심을 가로지르는 물길 산책로",
                                        "A stream walk through the centre"),
                                ThemeItem.place(
                                        "덕수궁 돌담길", 37.5658, 126.9752, "차 없는 돌담길", "The car-free palace wall lane")),
                "outreach",
                        List.of(
                                ThemeItem.indicator("LIVING_POP", "동네마다 지금 머무는 사람", "Who is in each neighbourhood now"),
                                ThemeItem.indicator("BUS_WAIT", "", ""),
                                ThemeItem.project("PRJ_CARE_CENTRES", "", ""),
                                ThemeItem.project("PRJ_SENIOR_HEALTH", "", ""),
                                ThemeItem.project("PRJ_DRT", "", ""),
                                ThemeItem.project("PRJ_AI_COMPLAINTS", "", ""),
                                ThemeItem.place(
                                        "서울시청",
                                        37.5663,
                                        126.9779,
                                        "시민이 찾아오는 곳에서 찾아가는 곳으로",
                                        "From where citizens come to where the city goes"),
                                ThemeItem.place("노원구 우리동네 돌봄센터", 37.6543, 127.0565, "", "")),
                "good-looking",
                        List.of(
                                ThemeItem.indicator("PARKS_MAJOR", "", ""),
                                ThemeItem.indicator("HANRIVER_DO", "맑은 한강의 용존산소", "Oxygen in a clean Han River"),
                                ThemeItem.project("PRJ_HAN_WATERFRONT", "", ""),
                                ThemeItem.project("PRJ_OLD_TOWN", "", ""),
                                ThemeItem.project("PRJ_URBAN_FOREST", "", ""),
                                ThemeItem.place("서울숲", 37.5444, 127.0374, "", ""),
                                ThemeItem.place("여의도 한강공원", 37.5284, 126.9327, "", ""),
                                ThemeItem.place("북서울꿈의숲", 37.6206, 127.0407, "", "")),
                "jobs",
                        List.of(
                                ThemeItem.indicator("ECON_STORES_OPENED", "", ""),
                                ThemeItem.indicator("ECON_STORES_CLOSED", "", ""),
                                ThemeItem.indicator("ECON_SALES_QUARTER", "", ""),
                                ThemeItem.project("PRJ_STARTUP_CAMPUS", "", ""),
                                ThemeItem.project("PRJ_BIO_HUB", "", ""),
                                ThemeItem.project("PRJ_FINTECH_LAB", "", ""),
                                ThemeItem.project("PRJ_MARKET_REVIVAL", "", ""),
                                ThemeItem.place("서울창업허브 공덕", 37.5446, 126.9516, "", ""),
                                ThemeItem.place("홍릉 바이오 클러스터", 37.5905, 127.0446, "", ""),
                                ThemeItem.place("광장시장", 37.5700, 126.9996, "", "")),
                "fun",
                        List.of(
                                ThemeItem.indicator("CULTURE_EVENTS_MONTH", "", ""),
                                ThemeItem.indicator("CULTURE_EVENTS_FREE", "", ""),
                                ThemeItem.indicator(
                                        "HANGANG_PARK_CROWD",
                                        "가기 전에 보는 여의도 한강공원 혼잡",
                                        "How crowded Yeouido is before you go"),
                                ThemeItem.project("PRJ_NIGHT_FESTIVAL", "", ""),
                                ThemeItem.project("PRJ_CONCERT_HALL", "", ""),
                                ThemeItem.project("PRJ_LIBRARY_NET", "", ""),
                                ThemeItem.project("PRJ_CHILD_PLAY", "", ""),
                                ThemeItem.place("세종문화회관", 37.5725, 126.9757, "", ""),
                                ThemeItem.place("반포 한강공원 달빛무지개분수", 37.5105, 126.9959, "", ""),
                                ThemeItem.place("서울도서관", 37.5662, 126.9779, "", "")));
        Map<String, List<String>> documentTopics = Map.of(
                "walking", List.of("녹지", "Green space", "자전거", "bicycle"),
                "outreach", List.of("버스", "bus route"),
                "good-looking", List.of("녹지", "green space"),
                "jobs", List.of("데이터", "data"),
                "fun", List.of("자전거", "bicycle"));
        int filled = 0;
        for (var entry : contents.entrySet()) {
            Optional<ThemeDraft> found = themes.draft(DEMO, entry.getKey());
            if (found.isEmpty()
                    || found.get().published()
                    || !found.get().items().isEmpty()) {
                continue;
            }
            ThemeDraft draft = found.get();
            List<ThemeItem> items = new ArrayList<>(entry.getValue());
            documents.stream()
                    .filter(document -> documentTopics.get(entry.getKey()).stream()
                            .anyMatch(word -> document.title().toLowerCase().contains(word.toLowerCase())))
                    .limit(3)
                    .forEach(document -> items.add(ThemeItem.document(document.id(), "", "")));
            int version = themes.find(DEMO, draft.slug()).orElseThrow().version();
            themes.save(
                    DEMO,
                    new ThemeDraft(
                            draft.slug(),
                            draft.titleKo(),
                            draft.titleEn(),
                            draft.introKo(),
                            draft.introEn(),
                            draft.sortOrder(),
                            true,
                            DisclosureClass.PUBLIC,
                            items),
                    version);
            filled++;
        }
        log.info("Demo themes: {} filled and published", filled);
    }

    /** The public documents of the demo archive, newest first; looked up by number, as the demo made them. */
    private List<ArchiveItem> publicDocuments() {
        List<ArchiveItem> found = new ArrayList<>();
        long last = archive.count() + 50;
        for (long id = 1; id <= last; id++) {
            archive.find(Viewer.CITIZEN, id).map(ArchiveItemDetails::item).ifPresent(found::add);
        }
        found.sort((a, b) -> b.issuedOn().compareTo(a.issuedOn()));
        return found;
    }
}
