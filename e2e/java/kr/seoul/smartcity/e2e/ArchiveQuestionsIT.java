package kr.seoul.smartcity.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive answers people who type questions and sentences: a question with a question mark, a paraphrase of a
 * title, and a misspelt query that finds nothing as typed but gets a spelling and the documents with some of its
 * words, on a desktop and a phone.
 */
class ArchiveQuestionsIT extends BrowserTest {

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveIndexer indexer;

    private final String tag =
            "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private void add(String title, String summary, ArchiveItemType type) {
        archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        title,
                        type,
                        "TRAFFIC",
                        "도시교통실",
                        LocalDate.of(2025, 4, 7),
                        List.of(tag),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        summary),
                List.of());
    }

    private static void search(Browser browser, String text) {
        browser.find("#archive-query input").clear();
        browser.type("#archive-query", text);
        browser.find("#archive-query input").sendKeys(Keys.ENTER);
        browser.settled();
    }

    @Test
    void questionsParaphrasesAndTyposFindTheirDocuments() {
        add("따릉이 이용 시민 크게 늘어 " + tag, "공공자전거 따릉이 대여가 지난해보다 크게 늘었다.", ArchiveItemType.STATISTICS);
        add("초미세먼지 계절관리제 대책 발표 " + tag, "겨울철 초미세먼지를 줄이는 대책이다.", ArchiveItemType.PUBLIC_DOCUMENT);
        add("청계천 야간 산책로 개방 " + tag, "청계천 산책로를 밤에도 걸을 수 있게 됐다.", ArchiveItemType.BROCHURE);
        indexer.drainNow();

        Browser citizen = browser().open("/archive");
        search(citizen, "올해 초미세먼지 대책은 뭔가요?");
        citizen.waitForText("#archive-count", "건");
        assertThat(citizen.all("#archive-message")).as("no error").noneMatch(WebElement::isDisplayed);
        assertThat(citizen.all("#archive-did-you-mean"))
                .as("endings are not misspellings")
                .noneMatch(WebElement::isDisplayed);
        assertThat(citizen.text("#archive-hits")).contains("초미세먼지 계절관리제 대책 발표 " + tag);
        citizen.screenshot("archive-question-desktop");

        search(citizen, "시민들이 따릉이를 정말 많이 이용했어요!");
        citizen.waitForText("#archive-hits", "따릉이 이용 시민 크게 늘어 " + tag);
        citizen.screenshot("archive-paraphrase-desktop");

        search(citizen, "청계천 " + tag + " 산챙로");
        citizen.waitForText("#archive-help", "이것을 찾으셨나요?");
        assertThat(citizen.text("#archive-did-you-mean")).isEqualTo("청계천 " + tag + " 산책로");
        assertThat(citizen.text("#archive-hits"))
                .as("two of the three words are enough")
                .contains("청계천 야간 산책로 개방 " + tag);
        citizen.screenshot("archive-typo-desktop");
        citizen.click("#archive-did-you-mean");
        citizen.settled();
        citizen.waitUntil(
                () -> citizen.find("#archive-query input").getAttribute("value").endsWith("산책로"),
                java.time.Duration.ofSeconds(10));
        citizen.waitForText("#archive-hits", "청계천 야간 산책로 개방 " + tag);
        citizen.screenshot("archive-corrected-desktop");
        assertThat(citizen.all(".archive-hit-title").getFirst().getText()).isEqualTo("청계천 야간 산책로 개방 " + tag);
        assertThat(citizen.all("#archive-did-you-mean"))
                .as("nothing left to correct")
                .noneMatch(WebElement::isDisplayed);

        Browser phone = browser(Browser.PHONE)
                .open("/archive?q=" + URLEncoder.encode("청계천 " + tag + " 산챙로", StandardCharsets.UTF_8));
        phone.waitForText("#archive-help", "이것을 찾으셨나요?");
        assertThat(phone.fitsWidth()).as("no sideways scrolling").isTrue();
        phone.screenshot("archive-typo-phone");
        phone.open("/archive?q=" + URLEncoder.encode("시민들이 따릉이를 정말 많이 이용했어요!", StandardCharsets.UTF_8));
        phone.waitForText("#archive-hits", "따릉이 이용 시민 크게 늘어 " + tag);
        assertThat(phone.fitsWidth()).as("no sideways scrolling").isTrue();
        phone.screenshot("archive-paraphrase-phone");
    }

    @Test
    void strayPunctuationAndBrokenSyntaxNeverShowAnError() {
        Browser citizen = browser().open("/archive");
        for (String text : List.of(
                "따릉이??",
                "(교통",
                "\"미세먼지",
                "예산: 2024",
                "a OR",
                "title:",
                "~^/\\",
                "*서울",
                "<script>alert(1)</script>",
                "100%",
                "C++ 교육")) {
            search(citizen, text);
            citizen.waitForText("#archive-count", "건");
            assertThat(citizen.all("#archive-message")).as(text).noneMatch(WebElement::isDisplayed);
        }
    }
}
