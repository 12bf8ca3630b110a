package kr.seoul.smartcity.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.NewFile;
import kr.seoul.smartcity.archive.service.SavedSearchService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.citystatus.service.NewIncident;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.civic.service.NewProposal;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directive.service.NewReport;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directive.service.Upload;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.directory.service.NewAccount;
import kr.seoul.smartcity.notice.domain.Severity;
import kr.seoul.smartcity.notice.service.NoticeAuthor;
import kr.seoul.smartcity.notice.service.NoticeDraft;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup planted in every text a person can write — titles, bodies, summaries, tags, producers, file names,
 * comments, directive notes and results, report pages, notices, proposals and their answers, incident titles, saved
 * searches, a member of staff's name — never becomes an element of any page, for citizens or staff, and the open
 * data API's HTML snippets stay escaped. The planted text itself must be seen on each page, as text, so that the
 * test cannot pass by looking at the wrong place.
 */
class MarkupInjectionIT extends BrowserTest {

    /** Finds planted elements, handlers and the flag anywhere, shadow roots included. */
    private static final String PLANTED = """
            const found = [];
            const walk = (root) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.classList && el.classList.contains('planted-xss')) found.push('element ' + el.tagName);
                for (const attr of el.attributes || []) {
                  if (attr.name.startsWith('on') && attr.value.includes('__xss')) found.push('handler ' + attr.name);
                }
                if (el.shadowRoot) walk(el.shadowRoot);
              }
            };
            walk(document);
            if (window.__xss !== undefined) found.push('script ran');
            return found;
            """;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    SavedSearchService savedSearches;

    @Autowired
    ApprovalService approval;

    @Autowired
    DirectiveService directives;

    @Autowired
    ReportService reports;

    @Autowired
    NoticeService notices;

    @Autowired
    ProposalService proposals;

    @Autowired
    IncidentService incidents;

    @Autowired
    DirectoryService directory;

    private static String payload(String where, String tag) {
        return where + " " + tag + " <img src=x onerror=\"window.__xss=1\" class=planted-xss>"
                + "<script>window.__xss=1</script><b class=\"planted-xss\">굵게</b>";
    }

    @Test
    void plantedMarkupIsShownAsTextEverywhere() throws Exception {
        String tag = "xss" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Actor mayor = new Actor("mayor", "김서울", Role.MAYOR, null);
        Actor traffic = new Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC");

        String staffName = payload("이름", tag).substring(0, 60);
        String member = "x" + tag;
        directory.openAccount(new NewAccount(member, staffName, "planted-markup-pass-1", Role.OFFICIAL, "TRAFFIC"));

        ArchiveItem item = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        payload("보관 제목", tag),
                        ArchiveItemType.RESEARCH_REPORT,
                        "TRAFFIC",
                        payload("생산", tag).substring(0, 80),
                        LocalDate.of(2025, 4, 1),
                        List.of(tag, "<i class=planted-xss>"),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        payload("요약", tag)),
                List.of(new NewFile(
                        "<b class=planted-xss>보고 " + tag + ".txt",
                        payload("본문", tag).getBytes(StandardCharsets.UTF_8))));
        indexer.drainNow();
        savedSearches.save(
                new Viewer(Role.MAYOR, null),
                "mayor",
                payload("저장 검색", tag).substring(0, 60),
                tag,
                ArchiveQuery.Sort.RELEVANCE);

        DocumentView draft = approval.saveDraft(
                kr.seoul.smartcity.approval.service.Actor.of("traffic"),
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        payload("결재 제목", tag),
                        "# " + payload("결재 본문", tag) + "\n\n[링크](javascript:window.__xss=1)",
                        null,
                        DisclosureLevel.PUBLIC,
                        null,
                        Retention.YEARS_5,
                        List.of(tag),
                        List.of(LineEntry.approval("director")),
                        List.of(),
                        List.of()));
        approval.attach(
                kr.seoul.smartcity.approval.service.Actor.of("traffic"),
                draft.document().id(),
                draft.document().revision(),
                "<b class=planted-xss>" + tag + ".pdf",
                "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        DocumentView current = approval.find("traffic", draft.document().id()).orElseThrow();
        DocumentView submitted = approval.submit(
                kr.seoul.smartcity.approval.service.Actor.of("traffic"),
                current.document().id(),
                current.document().revision());
        approval.approve(
                kr.seoul.smartcity.approval.service.Actor.of("director"),
                submitted.document().id(),
                submitted.document().revision(),
                payload("결재 의견", tag));
        long documentId = submitted.document().id();

        Directive directive = directives.issue(
                mayor,
                new NewDirective(
                        payload("지시 제목", tag).substring(0, 100),
                        payload("지시 내용", tag),
                        List.of("TRAFFIC"),
                        directives.now().plus(Duration.ofDays(3)),
                        null,
                        null));
        directives.acknowledge(traffic, directive.id());
        directives.progress(
                traffic,
                directive.id(),
                payload("진행", tag),
                null,
                null,
                List.of(new Upload(
                        "<b class=planted-xss>" + tag + ".pdf",
                        "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII))));
        directives.reportDone(traffic, directive.id(), payload("결과", tag), List.of());
        directives.sendBack(mayor, directive.id(), payload("보완 사유", tag));
        directives.reportDone(traffic, directive.id(), payload("결과", tag), List.of());
        directives.accept(mayor, directive.id(), "");
        directives.publish(mayor, directive.id());

        Report report = reports.submit(
                traffic,
                new NewReport(
                        payload("보고 제목", tag).substring(0, 100),
                        payload("머리말", tag) + "\n# " + payload("쪽 제목", tag) + "\n" + payload("쪽 본문", tag),
                        null,
                        null),
                List.of());

        notices.post(
                new NoticeAuthor(staffName, Role.ADMIN),
                new NoticeDraft(
                        payload("공지", tag).substring(0, 110),
                        payload("공지 내용", tag),
                        Severity.INFO,
                        DisclosureClass.PUBLIC,
                        "TRAFFIC"));

        Proposal proposal = proposals.submit(
                new NewProposal(
                        payload("제안", tag).substring(0, 110),
                        payload("제안 내용", tag),
                        "TRAFFIC",
                        payload("작성자", tag).substring(0, 20)),
                SupporterKey.of("author:" + tag));
        for (int i = 1; i <= proposals.thresholds().department(); i++) {
            kr.seoul.smartcity.civic.service.CitizenSupports.support(proposals, proposal.id(), i);
        }
        proposals.answer(new Viewer(Role.OFFICIAL, "TRAFFIC"), staffName, proposal.id(), payload("답변", tag));

        incidents.report(new NewIncident(
                "FIRE",
                payload("사고", tag).substring(0, 100),
                "11110",
                payload("장소", tag).substring(0, 60),
                DisclosureClass.PUBLIC,
                "SAFETY"));

        List<String> failures = new ArrayList<>();
        Browser citizen = browser();
        for (String path : List.of(
                "/",
                "/archive?q=" + tag,
                "/archive?q=tag:" + tag,
                "/archive/item/" + item.id(),
                "/documents/" + documentId,
                "/public-directives",
                "/civic/proposals",
                "/civic/proposals/" + proposal.id(),
                "/disasters")) {
            check(citizen, path, tag, failures);
        }
        Browser mayorBrowser = browser();
        mayorBrowser.signIn("mayor", "mayor");
        for (String path : List.of(
                "/office",
                "/archive",
                "/archive?q=" + tag,
                "/directives",
                "/directives/" + directive.id(),
                "/reports",
                "/reports/" + report.id(),
                "/civic/proposals/" + proposal.id(),
                "/directory")) {
            check(mayorBrowser, path, tag, failures);
        }
        Browser official = browser();
        official.signIn("traffic", "traffic");
        // the drafter's department reads the approval document (the mayor is not on its line)
        for (String path : List.of(
                "/approval/document/" + documentId,
                "/directives/" + directive.id(),
                "/civic/proposals/" + proposal.id())) {
            check(official, path, tag, failures);
        }
        assertThat(failures).isEmpty();

        for (String path : List.of(
                "/api/public/archive/search?q=" + tag,
                "/api/public/archive/search?q=tag:" + tag,
                "/api/public/archive/items/" + item.id(),
                "/api/public/documents?limit=100")) {
            String body = get(path);
            assertThat(body).as(path).contains(tag);
            // JSON carries what people wrote as data; the one field documented as HTML is the escaped snippet
            if (path.contains("/search")) {
                for (var hit : tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(body)
                        .path("hits")) {
                    assertThat(hit.path("snippet").asString())
                            .as(path)
                            .doesNotContain("<img")
                            .doesNotContain("<script")
                            .doesNotContain("<b class")
                            .doesNotContain("<i class");
                }
            }
        }
    }

    private static void check(Browser browser, String path, String tag, List<String> failures) {
        browser.open(path);
        try {
            browser.waitUntil(() -> browser.allText().contains(tag), Duration.ofSeconds(20));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            browser.screenshot("markup-missing" + path.replaceAll("[^a-z]+", "-"));
            failures.add(path + ": the planted text is not shown, so the page was not checked");
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> planted = (List<String>) browser.js(PLANTED);
        if (!planted.isEmpty()) {
            failures.add(path + ": " + planted);
        }
        if (path.startsWith("/archive?q=") || path.startsWith("/directives/")) {
            browser.screenshot("markup" + path.replaceAll("[^a-z]+", "-"));
        }
    }

    private String get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }
    }
}
