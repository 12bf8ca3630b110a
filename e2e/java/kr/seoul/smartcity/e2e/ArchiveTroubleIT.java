package kr.seoul.smartcity.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.SearchOutage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive when things go wrong or run long: a mistyped query, many pages of hits, a search index that is down. */
class ArchiveTroubleIT extends BrowserTest {

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveIndexer indexer;

    private static String unique() {
        return "z" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private long add(String title, String tag) {
        return archive.add(
                        ArchiveEditor.system("test"),
                        new ArchiveDraft(
                                title,
                                ArchiveItemType.STATISTICS,
                                "CLIMATE",
                                "서울시 통계팀",
                                LocalDate.of(2025, 3, 1),
                                List.of(tag),
                                ArchiveLanguage.KO,
                                DisclosureClass.PUBLIC,
                                List.of(),
                                "대기질 월간 통계 " + tag),
                        List.of())
                .id();
    }

    private static String encoded(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void incompleteSyntaxIsSaidNextToTheResultsOfItsWords() {
        String tag = unique();
        add("미세먼지 월간 통계 " + tag, tag);
        indexer.drainNow();
        Browser citizen = browser().open("/archive");
        citizen.type("#archive-query", "title: " + tag);
        citizen.find("#archive-query input").sendKeys(Keys.ENTER);
        citizen.settled();
        citizen.waitForText("#archive-notice", "'title:' 뒤에 찾을 값을 쓰세요");
        assertThat(citizen.text("#archive-notice")).contains("입력한 낱말로 찾았습니다");
        assertThat(citizen.all("#archive-message")).as("not an error").noneMatch(WebElement::isDisplayed);
        assertThat(citizen.find("#archive-query input").getAttribute("value"))
                .as("the query is kept")
                .isEqualTo("title: " + tag);
        assertThat(citizen.text("#archive-hits")).contains("미세먼지 월간 통계 " + tag);
        citizen.screenshot("archive-incomplete-syntax");
    }

    @Test
    void moreResultsFollowTheFirstPageWithoutRepeatingAHit() {
        String tag = unique();
        for (int i = 1; i <= 27; i++) {
            add("월간 대기질 통계 " + i + "호 " + tag, tag);
        }
        indexer.drainNow();

        Browser citizen = browser().open("/archive?q=" + tag + "&sort=date");
        citizen.waitForText("#archive-count", "27건");
        assertThat(citizen.all(".archive-hit")).hasSize(20);
        citizen.click("#archive-more");
        citizen.settled();
        citizen.waitUntil(() -> citizen.all(".archive-hit").size() == 27, Duration.ofSeconds(10));
        Set<String> ids = new HashSet<>();
        for (WebElement hit : citizen.all(".archive-hit")) {
            ids.add(hit.getAttribute("data-id"));
        }
        assertThat(ids).as("every hit once").hasSize(27);
        assertThat(citizen.all("#archive-more"))
                .as("no more button after the last hit")
                .noneMatch(WebElement::isDisplayed);
    }

    @Test
    void whileTheIndexIsDownCitizensAreToldAndAdministratorsSeeItCatchUpAfterwards() {
        String tag = unique();
        Browser admin = browser();
        admin.signIn("admin", "admin");
        SearchOutage.stop();
        try {
            long id = add("정전 중 등록한 통계 " + tag, tag);
            assertThat(indexer.drainNow().failed())
                    .as("the change waits in the outbox")
                    .isPositive();

            Browser citizen = browser().open("/archive?q=" + encoded("미세먼지"));
            citizen.waitForText("#archive-message", "사용할 수 없습니다");
            assertThat(citizen.find("#archive-message").getAttribute("data-kind"))
                    .isEqualTo("warning");
            citizen.screenshot("archive-unavailable");

            admin.open("/admin/archive-index");
            admin.waitForText("#index-state", "연결 안 됨");
            assertThat(Long.parseLong(admin.text("#index-pending"))).isPositive();
            assertThat(admin.text("#index-failing")).contains("#" + id);
            admin.screenshot("archive-index-down");
        } finally {
            SearchOutage.start();
        }
        admin.click("#index-drain");
        admin.waitForText("vaadin-notification-card", "색인", Duration.ofSeconds(30));
        admin.waitForText("#index-state", "동기화됨", Duration.ofSeconds(10));
        assertThat(admin.text("#index-pending")).isEqualTo("0");
        assertThat(admin.text("#index-indexed")).isEqualTo(admin.text("#index-stored"));
        assertThat(admin.text("#index-ranking-mode"))
                .as("no embedding model in the tests")
                .startsWith("낱말만");
        admin.js("arguments[0].scrollIntoView({block: 'center'})", admin.find("#index-ranking"));
        admin.screenshot("archive-index-desktop");

        Browser citizen = browser().open("/archive?q=" + tag);
        citizen.waitForText("#archive-count", "1건");
        assertThat(citizen.text(".archive-hit-title")).contains("정전 중 등록한 통계");
    }
}
