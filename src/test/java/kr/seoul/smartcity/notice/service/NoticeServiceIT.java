package kr.seoul.smartcity.notice.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.notice.domain.Notice;
import kr.seoul.smartcity.notice.domain.Severity;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@CityIntegrationTest
class NoticeServiceIT {

    @Autowired
    NoticeService notices;

    @Autowired
    LiveEventBus events;

    private static final NoticeAuthor ADMIN = new NoticeAuthor("최관리", Role.ADMIN);
    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);
    private static final Viewer TRAFFIC = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE = new Viewer(Role.OFFICIAL, "CLIMATE");

    @Test
    void eachViewerSeesOnlyTheNoticesTheirDisclosureAllows() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        notices.post(ADMIN, draft("public " + tag, DisclosureClass.PUBLIC, null));
        notices.post(ADMIN, draft("internal " + tag, DisclosureClass.INTERNAL, null));
        notices.post(ADMIN, draft("restricted " + tag, DisclosureClass.RESTRICTED, "TRAFFIC"));

        assertThat(titles(Viewer.CITIZEN, tag)).containsExactly("public " + tag);
        assertThat(titles(CLIMATE, tag)).containsExactlyInAnyOrder("public " + tag, "internal " + tag);
        assertThat(titles(TRAFFIC, tag))
                .containsExactlyInAnyOrder("public " + tag, "internal " + tag, "restricted " + tag);
        assertThat(titles(MAYOR, tag)).hasSize(3);
    }

    @Test
    void postingTellsSubscribersWithoutCarryingTheText() {
        List<NoticePosted> posted = new CopyOnWriteArrayList<>();
        try (var subscription = events.subscribe(NoticePosted.TOPIC, posted::add)) {
            Notice notice = notices.post(ADMIN, draft("event " + UUID.randomUUID(), DisclosureClass.INTERNAL, null));
            await().until(() -> posted.stream().anyMatch(event -> event.id() == notice.id()));
            assertThat(posted).contains(new NoticePosted(notice.id(), DisclosureClass.INTERNAL));
        }
    }

    @Test
    void onlyTheMayorAndAdministratorsPostNotices() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> notices.post(
                        new NoticeAuthor("이교통", Role.OFFICIAL),
                        draft("official " + tag, DisclosureClass.PUBLIC, "TRAFFIC")))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.not-allowed"));
        assertThat(titles(MAYOR, tag)).isEmpty();

        notices.post(new NoticeAuthor("김서울", Role.MAYOR), draft("mayor " + tag, DisclosureClass.PUBLIC, null));
        assertThat(titles(Viewer.CITIZEN, tag)).containsExactly("mayor " + tag);
    }

    @Test
    void anIncompleteDraftIsRefusedAndNothingIsStored() {
        int before = notices.latest(MAYOR, 500).size();
        assertThatThrownBy(() -> notices.post(ADMIN, draft("   ", DisclosureClass.PUBLIC, null)))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.title-required"));
        assertThatThrownBy(() -> notices.post(ADMIN, draft("x".repeat(121), DisclosureClass.PUBLIC, null)))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.title-too-long"));
        assertThatThrownBy(() -> notices.post(ADMIN, draft("no owner", DisclosureClass.RESTRICTED, null)))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.department-required"));
        assertThat(notices.latest(MAYOR, 500)).hasSize(before);
    }

    @Test
    void aNoticeAboutAnIndicatorIsMarkedOnItsChartsOnlyForThoseWhoMaySeeIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Instant from = Instant.now().minus(Duration.ofHours(1));
        notices.post(
                ADMIN,
                new NoticeDraft(
                        "city " + tag, "", Severity.WARNING, DisclosureClass.PUBLIC, "CLIMATE", "AIR_PM25", null));
        notices.post(
                ADMIN,
                new NoticeDraft(
                        "mapo " + tag, "", Severity.INFO, DisclosureClass.PUBLIC, "CLIMATE", "AIR_PM25", "11440"));
        notices.post(
                ADMIN,
                new NoticeDraft(
                        "internal " + tag, "", Severity.INFO, DisclosureClass.INTERNAL, null, "AIR_PM25", null));
        notices.post(
                ADMIN,
                new NoticeDraft(
                        "other indicator " + tag, "", Severity.INFO, DisclosureClass.PUBLIC, null, "AIR_PM10", null));
        notices.post(ADMIN, draft("about nothing " + tag, DisclosureClass.PUBLIC, null));
        Instant to = Instant.now().plusSeconds(1);

        assertThat(about(Viewer.CITIZEN, null, from, to, tag)).containsExactlyInAnyOrder("city " + tag, "mapo " + tag);
        assertThat(about(Viewer.CITIZEN, "11440", from, to, tag))
                .containsExactlyInAnyOrder("city " + tag, "mapo " + tag);
        assertThat(about(Viewer.CITIZEN, "11680", from, to, tag))
                .as("Gangnam's chart: the city's notice only")
                .containsExactly("city " + tag);
        assertThat(about(CLIMATE, null, from, to, tag)).contains("internal " + tag);
        assertThat(about(MAYOR, null, from.minus(Duration.ofDays(2)), from, tag))
                .as("outside the chart's period")
                .isEmpty();
    }

    @Test
    void aNoticeAboutAnUnknownIndicatorOrDistrictIsRefused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> notices.post(
                        ADMIN,
                        new NoticeDraft(
                                "x " + tag,
                                "",
                                Severity.INFO,
                                DisclosureClass.PUBLIC,
                                null,
                                "NO_SUCH_INDICATOR",
                                null)))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.unknown-indicator"));
        assertThatThrownBy(() -> notices.post(
                        ADMIN,
                        new NoticeDraft(
                                "y " + tag, "", Severity.INFO, DisclosureClass.PUBLIC, null, "AIR_PM25", "99999")))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.unknown-district"));
        assertThatThrownBy(() -> notices.post(
                        ADMIN,
                        new NoticeDraft("z " + tag, "", Severity.INFO, DisclosureClass.PUBLIC, null, null, "11440")))
                .isInstanceOfSatisfying(
                        InvalidNoticeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notice.error.district-without-indicator"));
        assertThat(titles(MAYOR, tag)).isEmpty();
    }

    private List<String> about(Viewer viewer, String district, Instant from, Instant to, String tag) {
        return notices.about(viewer, "AIR_PM25", district, from, to).stream()
                .map(Notice::title)
                .filter(title -> title.endsWith(tag))
                .toList();
    }

    private List<String> titles(Viewer viewer, String tag) {
        return notices.latest(viewer, 200).stream()
                .map(Notice::title)
                .filter(title -> title.endsWith(tag))
                .toList();
    }

    private static NoticeDraft draft(String title, DisclosureClass disclosure, String department) {
        return new NoticeDraft(title, "본문", Severity.INFO, disclosure, department);
    }
}
