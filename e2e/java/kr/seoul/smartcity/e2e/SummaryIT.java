package kr.seoul.smartcity.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.NewFile;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.summary.FakeLlmServer;
import kr.seoul.smartcity.summary.service.DocumentRef;
import kr.seoul.smartcity.summary.service.SummaryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official summarises a long report: the app talks to a local server speaking the OpenAI-compatible API (the
 * real Spring AI client, streamed), shows the summary as it is written, with citations that open their passages;
 * with the model endpoint down the labelled extractive summary appears instead.
 */
class SummaryIT extends BrowserTest {

    static final FakeLlmServer llm = new FakeLlmServer();

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("city.summary.provider", () -> "openai");
        registry.add("city.summary.model", () -> "fake-gpt-ko");
        registry.add("city.summary.max-input-chars", () -> "700");
        registry.add("city.summary.timeout", () -> "5s");
        registry.add("spring.ai.openai.base-url", () -> llm.url() + "/v1");
        registry.add("spring.ai.openai.max-retries", () -> "0");
        // a model that is down answers at once; the retry's default 2 s wait would leave the 5 s above too little
        // margin on a busy machine, and the test then sees a timeout instead of the model being down
        registry.add("spring.ai.retry.backoff.initial-interval", () -> "100ms");
    }

    @Autowired
    ArchiveService archive;

    @Autowired
    ApprovalService approval;

    @Autowired
    SummaryService summaries;

    @Autowired
    kr.seoul.smartcity.archive.service.ArchiveIndexer indexer;

    @AfterAll
    static void stop() {
        llm.close();
    }

    @BeforeEach
    void reset() {
        llm.reset();
        llm.chunkDelay(Duration.ofMillis(40));
    }

    private long report(String title, String text) {
        return archive.add(
                        ArchiveEditor.system("test"),
                        new ArchiveDraft(
                                title,
                                ArchiveItemType.RESEARCH_REPORT,
                                "CLIMATE",
                                "기후환경본부",
                                LocalDate.of(2026, 4, 1),
                                List.of("미세먼지"),
                                ArchiveLanguage.KO,
                                DisclosureClass.INTERNAL,
                                List.of(),
                                "계절관리제 추진 결과"),
                        List.of(new NewFile("report.txt", text.getBytes(StandardCharsets.UTF_8))))
                .id();
    }

    private static String fixture(String name) {
        try (InputStream in = SummaryIT.class.getResourceAsStream("/summary/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String longReport() {
        return fixture("dust-report.txt") + "\n\n" + fixture("bike-report.txt");
    }

    @Test
    void anOfficialSeesTheSummaryStreamInWithCitationsToThePassages() {
        long id = report("2026년 겨울철 초미세먼지 계절관리제 추진 결과 보고", longReport());
        Browser official = browser();
        official.signIn("climate", "climate");
        official.open("/archive/item/" + id);
        official.click("#summary-start");
        official.waitForText("#summary-status", "단계 완료", Duration.ofSeconds(20));
        official.screenshot("summary-streaming");
        official.waitUntil(() -> !official.all("#summary-stream li").isEmpty(), Duration.ofSeconds(30));
        official.waitForAttribute("#summary-panel", "data-state", "done", Duration.ofSeconds(30));

        assertThat(official.find("#summary-panel").getAttribute("data-kind")).isEqualTo("LLM");
        List<WebElement> bullets = official.all("#summary-result .summary-bullet");
        assertThat(bullets).hasSizeGreaterThanOrEqualTo(3);
        assertThat(official.text("#summary-result")).contains("핵심 요약", "요점 1");
        assertThat(official.text("#summary-meta")).contains("fake-gpt-ko");
        List<WebElement> citations = official.all(".summary-cite");
        assertThat(citations).hasSizeGreaterThanOrEqualTo(3);

        String passage = citations.getFirst().getAttribute("data-passage");
        official.click(".summary-cite[data-passage='" + passage + "']");
        official.waitUntil(
                () -> official.find("#summary-passage-" + passage)
                        .getAttribute("class")
                        .contains("highlighted"),
                Duration.ofSeconds(5));
        assertThat(official.find("#summary-passages-toggle").getAttribute("aria-expanded"))
                .isEqualTo("true");
        assertThat(official.text("#summary-passage-" + passage)).contains("계절관리제");
        official.js("document.getElementById('summary-panel').scrollIntoView()");
        official.screenshot("summary-llm-desktop");

        Browser phone = browser(Browser.PHONE);
        phone.signIn("climate", "climate");
        phone.open("/archive/item/" + id);
        phone.click("#summary-start");
        phone.waitForAttribute("#summary-panel", "data-state", "done", Duration.ofSeconds(30));
        assertThat(phone.find("#summary-panel").getAttribute("data-kind"))
                .as("the cached summary")
                .isEqualTo("LLM");
        phone.js("document.getElementById('summary-panel').scrollIntoView()");
        phone.screenshot("summary-llm-phone");
    }

    @Test
    void withTheModelDownTheLabelledExtractiveSummaryAppears() {
        llm.mode(FakeLlmServer.Mode.DOWN);
        long id = report("서울 공공자전거 운영 보고", fixture("bike-report.txt"));
        Browser official = browser();
        official.signIn("climate", "climate");
        official.open("/archive/item/" + id);
        official.click("#summary-start");
        official.waitForAttribute("#summary-panel", "data-state", "done", Duration.ofSeconds(30));
        assertThat(official.find("#summary-panel").getAttribute("data-kind")).isEqualTo("EXTRACTIVE");
        assertThat(official.text("#summary-meta")).contains("추출 요약", "요약 모델에 연결할 수 없음");
        assertThat(official.all("#summary-result .summary-bullet")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(official.text("#summary-result")).contains("4,520만 건");
        official.js("document.getElementById('summary-panel').scrollIntoView()");
        official.screenshot("summary-extractive-desktop");

        Browser phone = browser(Browser.PHONE);
        phone.signIn("climate", "climate");
        phone.open("/archive/item/" + id);
        phone.click("#summary-start");
        phone.waitForAttribute("#summary-panel", "data-state", "done", Duration.ofSeconds(30));
        assertThat(phone.text("#summary-meta")).contains("추출 요약");
        phone.js("document.getElementById('summary-panel').scrollIntoView()");
        phone.screenshot("summary-extractive-phone");

        indexer.drainNow();
        official.open("/archive?q=" + java.net.URLEncoder.encode("따릉이 대여소", StandardCharsets.UTF_8));
        official.waitUntil(() -> !official.all(".archive-hit").isEmpty(), Duration.ofSeconds(10));
        official.click("#summary-start");
        official.waitForAttribute("#summary-panel", "data-state", "done", Duration.ofSeconds(30));
        assertThat(official.all("#summary-result .summary-bullet")).hasSizeGreaterThanOrEqualTo(3);
        official.click("#summary-passages-toggle");
        assertThat(official.text("#summary-passages"))
                .as("passages name the result they came from")
                .contains("서울 공공자전거 운영 보고");
        official.screenshot("summary-results-desktop");
    }

    @Test
    void anApprovalDocumentIsSummarisedForThoseWhoMayReadItOnly() {
        DocumentView draft = approval.saveDraft(
                Actor.of("traffic"),
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        "2026 우기 대비 침수 예방 점검 보고",
                        fixture("flood-report.txt"),
                        null,
                        DisclosureLevel.PUBLIC,
                        null,
                        Retention.YEARS_5,
                        List.of("침수"),
                        List.of(LineEntry.approval("director")),
                        List.of(),
                        List.of()));
        long id = draft.document().id();
        assertThat(summaries.document(
                        "climate", new Viewer(Role.OFFICIAL, "CLIMATE"), new DocumentRef(DocumentRef.APPROVAL, id)))
                .as("not on the line, not in the department")
                .isEmpty();
        assertThat(summaries.document(
                        "traffic", new Viewer(Role.OFFICIAL, "TRAFFIC"), new DocumentRef(DocumentRef.APPROVAL, id)))
                .isPresent();

        Browser drafter = browser();
        drafter.signIn("traffic", "traffic");
        drafter.open("/approval/document/" + id);
        drafter.click("#summary-start");
        drafter.waitForAttribute("#summary-panel", "data-state", "done", Duration.ofSeconds(30));
        assertThat(drafter.find("#summary-panel").getAttribute("data-kind")).isEqualTo("LLM");
        assertThat(drafter.all("#summary-result .summary-bullet")).hasSizeGreaterThanOrEqualTo(3);
        drafter.js("document.getElementById('summary-panel').scrollIntoView()");
        drafter.screenshot("summary-approval-desktop");
    }

    @Test
    void theUserCanCancelAndMarkupInTheAnswerIsShownAsText() {
        long id = report("공사장 비산먼지 점검 보고", fixture("dust-report.txt"));
        llm.chunkDelay(Duration.ofMillis(400));
        Browser official = browser();
        official.signIn("climate", "climate");
        official.open("/archive/item/" + id);
        official.click("#summary-start");
        official.click("#summary-cancel");
        official.waitForAttribute("#summary-panel", "data-state", "cancelled", Duration.ofSeconds(10));
        assertThat(official.text("#summary-status")).contains("취소");
        assertThat(official.find("#summary-start").isEnabled()).isTrue();

        llm.chunkDelay(Duration.ofMillis(5));
        llm.answer("{\"overview\":[{\"text\":\"<b>굵게</b><img src=x onerror=alert(1)> 표시\",\"citations\":[\"p1\"]}]}");
        official.click("#summary-start");
        official.waitForAttribute("#summary-panel", "data-state", "done", Duration.ofSeconds(30));
        assertThat(official.text("#summary-result")).contains("<b>굵게</b><img src=x onerror=alert(1)> 표시");
        assertThat(official.all("#summary-result b, #summary-result img")).isEmpty();
    }
}
