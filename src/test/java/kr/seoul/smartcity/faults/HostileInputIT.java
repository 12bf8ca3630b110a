package kr.seoul.smartcity.faults;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.approval.service.InvalidDocumentException;
import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.InvalidArchiveItemException;
import kr.seoul.smartcity.archive.service.NewFile;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.service.CsvImportException;
import kr.seoul.smartcity.citystatus.service.DirectEntryService;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.civic.service.InvalidProposalException;
import kr.seoul.smartcity.civic.service.NewProposal;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.InvalidDirectiveException;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.notice.domain.Notice;
import kr.seoul.smartcity.notice.domain.Severity;
import kr.seoul.smartcity.notice.service.InvalidNoticeException;
import kr.seoul.smartcity.notice.service.NoticeAuthor;
import kr.seoul.smartcity.notice.service.NoticeDraft;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What people (or scripts) may throw at the platform: oversized, empty and mislabelled files, broken CSV, very long
 * fields and Unicode tricks (what people type into the archive's search box: {@code ArchiveQueryInputsIT}). Each is refused with a reason the screens translate (a message
 * key of the UI's translations, present in Korean and English) or cleaned, nothing is stored half, and nothing
 * answers with a server error.
 */
@CityIntegrationTest
class HostileInputIT {

    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);
    private static final NoticeAuthor ADMIN = new NoticeAuthor("최관리", Role.ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    NoticeService notices;

    @Autowired
    ProposalService proposals;

    @Autowired
    DirectiveService directives;

    @Autowired
    ApprovalService approval;

    @Autowired
    ArchiveService archive;

    @Autowired
    DirectEntryService directEntry;

    @Autowired
    DatabaseClient database;

    private final String tag =
            "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private long count(String table) {
        return database.sql("SELECT count(*) AS n FROM " + table)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(10));
    }

    @Test
    void veryLongFieldsAreRefusedWithAReasonAndNothingIsStored() {
        String huge = "가".repeat(100_000);
        long noticesBefore = count("notice");
        assertRefusedWith(
                () -> notices.post(ADMIN, new NoticeDraft(huge, "", Severity.INFO, DisclosureClass.PUBLIC, null)),
                InvalidNoticeException.class,
                "notice.error.title-too-long");
        assertRefusedWith(
                () -> notices.post(
                        ADMIN, new NoticeDraft("제목 " + tag, huge, Severity.INFO, DisclosureClass.PUBLIC, null)),
                InvalidNoticeException.class,
                "notice.error.body-too-long");
        assertThat(count("notice")).isEqualTo(noticesBefore);

        long proposalsBefore = count("civic_proposal");
        assertThatThrownBy(() -> proposals.submit(
                        new NewProposal("제목 " + tag, huge, "TRAFFIC", huge), SupporterKey.of("hostile:" + tag)))
                .isInstanceOfSatisfying(
                        InvalidProposalException.class,
                        e -> assertThat(e.problems()).contains("civic.proposal.problem.body"));
        assertThat(count("civic_proposal")).isEqualTo(proposalsBefore);

        long directivesBefore = count("directive");
        assertThatThrownBy(() -> directives.issue(
                        new kr.seoul.smartcity.directive.domain.Actor("mayor", "김서울", Role.MAYOR, null),
                        new NewDirective(
                                huge, huge, List.of("TRAFFIC"), directives.now().plus(Duration.ofDays(1)), null, null)))
                .isInstanceOf(InvalidDirectiveException.class);
        assertThat(count("directive")).isEqualTo(directivesBefore);

        assertRefusedWith(
                () -> approval.saveDraft(Actor.of("traffic"), null, 0, draft(huge)),
                InvalidDocumentException.class,
                "approval.error.title-too-long");
    }

    @Test
    void unicodeTricksAreCleanedNotStoredAndNotAServerError() {
        Notice notice = notices.post(
                ADMIN,
                new NoticeDraft(
                        "점검\u0000 안내\u202E" + tag + "\u200B", "본문\u0007", Severity.INFO, DisclosureClass.PUBLIC, null));
        assertThat(notice.title()).isEqualTo("점검 안내" + tag);
        assertThat(notice.body()).isEqualTo("본문");

        String decomposed = java.text.Normalizer.normalize("따릉이 대여소 " + tag, java.text.Normalizer.Form.NFD);
        Proposal proposal = proposals.submit(
                new NewProposal(decomposed, "대여소를 늘려 주세요\u0000. 역 앞이 늘 부족합니다.", "TRAFFIC", "시민\u202E"),
                SupporterKey.of("unicode:" + tag));
        assertThat(proposal.title())
                .as("composed, so that it is found as typed")
                .isEqualTo("따릉이 대여소 " + tag);
        assertThat(proposal.authorName()).isEqualTo("시민");

        ArchiveItem item = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        "보관\u0000 " + tag,
                        ArchiveItemType.BROCHURE,
                        "TRAFFIC",
                        "서울시",
                        LocalDate.of(2025, 1, 1),
                        List.of("태그\u200B"),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        "요약"),
                List.of(new NewFile("안내\u202Efdp.txt", ("안내문 " + tag).getBytes(StandardCharsets.UTF_8))));
        assertThat(item.title()).isEqualTo("보관 " + tag);
        assertThat(item.tags()).containsExactly("태그");
        assertThat(archive.find(MAYOR, item.id())
                        .orElseThrow()
                        .files()
                        .getFirst()
                        .fileName())
                .as("no name that reads differently from what it is")
                .isEqualTo("안내fdp.txt");
    }

    @Test
    void oversizedEmptyAndMislabelledFilesAreRefusedWithTheReason() {
        DocumentView draft = approval.saveDraft(Actor.of("traffic"), null, 0, draft("첨부 시험 " + tag));
        long id = draft.document().id();
        long revision = draft.document().revision();
        byte[] windowsProgram = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertRefusedWith(
                () -> approval.attach(Actor.of("traffic"), id, revision, "예산.pdf", windowsProgram),
                InvalidAttachmentException.class,
                "approval.attachment.content-mismatch");
        assertRefusedWith(
                () -> approval.attach(Actor.of("traffic"), id, revision, "설치.exe", windowsProgram),
                InvalidAttachmentException.class,
                "approval.attachment.type-not-allowed");
        assertRefusedWith(
                () -> approval.attach(Actor.of("traffic"), id, revision, "빈.pdf", new byte[0]),
                InvalidAttachmentException.class,
                "approval.attachment.empty");
        byte[] tooBig = new byte[(int) AttachmentCheck.MAX_SIZE + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooBig, 0, 8);
        assertRefusedWith(
                () -> approval.attach(Actor.of("traffic"), id, revision, "큰.pdf", tooBig),
                InvalidAttachmentException.class,
                "approval.attachment.too-large");
        assertThat(approval.find("traffic", id).orElseThrow().attachments()).isEmpty();

        long itemsBefore = archive.count();
        assertThatThrownBy(() -> archive.add(
                        ArchiveEditor.system("test"),
                        new ArchiveDraft(
                                "위장 파일 " + tag,
                                ArchiveItemType.BROCHURE,
                                "TRAFFIC",
                                "서울시",
                                LocalDate.of(2025, 1, 1),
                                List.of(),
                                ArchiveLanguage.KO,
                                DisclosureClass.PUBLIC,
                                List.of(),
                                ""),
                        List.of(new NewFile("report.pdf", windowsProgram))))
                .isInstanceOf(InvalidArchiveItemException.class)
                .hasMessageContaining("accepted are");
        assertThat(archive.count()).as("the item is stored whole or not at all").isEqualTo(itemsBefore);
    }

    @Test
    void brokenCsvIsRefusedWithTheLineAndNothingIsImported() {
        Viewer climate = new Viewer(Role.OFFICIAL, "CLIMATE");
        String binary =
                new String(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 65, 44, 66}, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> directEntry.importCsv(new StringReader(binary), climate, "박환경"))
                .isInstanceOf(CsvImportException.class);
        String quotes = "indicator,district,observed_at,value\nAIR_PM25,\"11110,2025-07-02 10:00,30\n";
        assertThatThrownBy(() -> directEntry.importCsv(new StringReader(quotes), climate, "박환경"))
                .isInstanceOf(CsvImportException.class);
        String injected = "indicator,district,observed_at,value\n=HYPERLINK(\"http://x\"),11110,2025-07-02 10:00,30\n";
        assertThatThrownBy(() -> directEntry.importCsv(new StringReader(injected), climate, "박환경"))
                .isInstanceOf(CsvImportException.class);
    }

    @Test
    void anAddressLongerThanTheServerTakesIsRefusedNotAServerError() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/archive/search?q="
                                    + URLEncoder.encode("가".repeat(20_000), StandardCharsets.UTF_8)))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // the container refuses a request line past its limit before the application sees it
            assertThat(response.statusCode()).isIn(400, 414);
        }
    }

    @Test
    void everyReasonGivenAboveHasAKoreanAndAnEnglishText() {
        for (String key : List.of(
                "notice.error.title-too-long",
                "notice.error.body-too-long",
                "civic.proposal.problem.body",
                "approval.error.title-too-long",
                "approval.attachment.content-mismatch",
                "approval.attachment.type-not-allowed",
                "approval.attachment.empty",
                "approval.attachment.too-large")) {
            for (String file : List.of("translations_ko.properties", "translations_en.properties")) {
                assertThat(resource(file))
                        .as("%s in %s", key, file)
                        .containsPattern("(?m)^" + java.util.regex.Pattern.quote(key) + "=.+");
            }
        }
    }

    private static String resource(String name) {
        try (var in = HostileInputIT.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DocumentDraft draft(String title) {
        return new DocumentDraft(
                FormType.REPORT,
                title,
                "본문",
                null,
                DisclosureLevel.PUBLIC,
                null,
                Retention.YEARS_5,
                List.of(),
                List.of(LineEntry.approval("director")),
                List.of(),
                List.of());
    }

    private static <E extends RuntimeException> void assertRefusedWith(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Class<E> type, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(type)
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo(key));
    }

    private static String keyOf(Throwable e) {
        try {
            return String.valueOf(e.getClass().getMethod("messageKey").invoke(e));
        } catch (ReflectiveOperationException reflective) {
            throw new AssertionError(e.getClass() + " has no message key", reflective);
        }
    }
}
