package kr.seoul.smartcity.approval.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kr.seoul.smartcity.approval.domain.Absence;
import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.approval.domain.AuditChain;
import kr.seoul.smartcity.approval.domain.AuditEntry;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentNumber;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Rank;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.domain.SavedLine;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Electronic approval against the real PostgreSQL: the line, boxes, 대결, concurrency, publication and audit. */
@CityIntegrationTest
class ApprovalServiceIT {

    private static final Actor TRAFFIC = new Actor("traffic", "10.1.2.3", "IT browser");
    private static final Actor DIRECTOR = Actor.of("director");
    private static final Actor DEPUTY = Actor.of("deputy");
    private static final Actor MAYOR = new Actor("mayor", "10.9.9.9", "mayor tablet");

    @LocalServerPort
    int port;

    @Autowired
    ApprovalService approval;

    @Autowired
    ApprovalSettings settings;

    @Autowired
    LiveEventBus events;

    @Autowired
    DatabaseClient database;

    private static DocumentDraft draft(
            FormType form, String title, DisclosureLevel disclosure, List<LineEntry> line, List<String> references) {
        return new DocumentDraft(
                form,
                title,
                "# " + title + "\n\n본문입니다.",
                null,
                disclosure,
                disclosure == DisclosureLevel.PUBLIC ? null : 5,
                Retention.YEARS_5,
                List.of("교통", "시험"),
                line,
                references,
                List.of());
    }

    private static List<LineEntry> directorThenMayor() {
        return List.of(LineEntry.review("director"), LineEntry.approval("mayor"));
    }

    private DocumentView submitted(String title, DisclosureLevel disclosure) {
        DocumentView saved = approval.saveDraft(
                TRAFFIC,
                null,
                0,
                draft(FormType.DRAFT_PROPOSAL, title, disclosure, directorThenMayor(), List.of("climate")));
        return approval.submit(TRAFFIC, id(saved), revision(saved));
    }

    private static long id(DocumentView view) {
        return view.document().id();
    }

    private static long revision(DocumentView view) {
        return view.document().revision();
    }

    private List<Long> box(String user, Box box) {
        return approval.box(user, box).stream().map(ApprovalDocument::id).toList();
    }

    @Test
    void aPublicDocumentRunsTheLineIsPublishedAndAppearsInTheOpenApi() throws Exception {
        Queue<ApprovalChanged> changes = new ConcurrentLinkedQueue<>();
        try (LiveEventBus.Subscription ignored = events.subscribe(ApprovalChanged.TOPIC, changes::add)) {
            DocumentView draft = approval.saveDraft(
                    TRAFFIC,
                    null,
                    0,
                    draft(
                            FormType.DRAFT_PROPOSAL,
                            "자전거도로 확충 계획",
                            DisclosureLevel.PUBLIC,
                            directorThenMayor(),
                            List.of("climate")));
            long id = id(draft);
            assertThat(draft.document().status()).isEqualTo(DocumentStatus.DRAFT);
            assertThat(box("traffic", Box.DRAFTS)).contains(id);
            assertThat(approval.find("director", id)).isEmpty();

            DocumentView submitted = approval.submit(TRAFFIC, id, revision(draft));
            DocumentNumber number = DocumentNumber.parse(submitted.document().number());
            assertThat(number.form()).isEqualTo(FormType.DRAFT_PROPOSAL);
            assertThat(number.year()).isEqualTo(LocalDate.now(Seoul.ZONE).getYear());
            assertThat(box("director", Box.TO_APPROVE)).contains(id);
            assertThat(box("mayor", Box.TO_APPROVE)).doesNotContain(id);
            assertThat(box("traffic", Box.IN_PROGRESS)).contains(id);
            assertThat(box("climate", Box.REFERENCE)).contains(id);
            assertThat(approval.find("climate", id)).isPresent();
            assertThat(approval.find("admin", id)).isEmpty();
            assertThat(approval.find("director", id).orElseThrow().actions())
                    .containsExactlyInAnyOrder(
                            ApprovalAction.APPROVE,
                            ApprovalAction.REJECT_TO_DRAFTER,
                            ApprovalAction.REJECT_TO_PREVIOUS,
                            ApprovalAction.HOLD);

            DocumentView reviewed = approval.approve(DIRECTOR, id, revision(submitted), "검토 완료");
            assertThat(box("mayor", Box.TO_APPROVE)).contains(id);
            assertThat(box("director", Box.IN_PROGRESS)).contains(id);
            assertThatThrownBy(() -> approval.withdraw(TRAFFIC, id, revision(reviewed)))
                    .isInstanceOfSatisfying(
                            ApprovalRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(ApprovalRefusedException.ALREADY_ACTED));
            assertThatThrownBy(() -> approval.approve(DIRECTOR, id, revision(reviewed), null))
                    .isInstanceOfSatisfying(
                            ApprovalRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(ApprovalRefusedException.NOT_YOUR_TURN));

            DocumentView done = approval.approve(MAYOR, id, revision(reviewed), null);
            assertThat(done.document().status()).isEqualTo(DocumentStatus.COMPLETED);
            assertThat(done.document().publishedAt()).isNotNull();
            assertThat(box("traffic", Box.COMPLETED)).contains(id);
            assertThat(box("mayor", Box.COMPLETED)).contains(id);
            assertThat(box("traffic", Box.IN_PROGRESS)).doesNotContain(id);
            assertThat(approval.published(500)).anySatisfy(p -> {
                assertThat(p.id()).isEqualTo(id);
                assertThat(p.body()).contains("본문입니다");
            });

            DocumentView secret = submitted("비공개 인사 계획", DisclosureLevel.PRIVATE);
            DocumentView secretDone = approval.approve(
                    MAYOR, id(secret), revision(approval.approve(DIRECTOR, id(secret), revision(secret), null)), null);
            assertThat(secretDone.document().status()).isEqualTo(DocumentStatus.COMPLETED);
            DocumentView partial = submitted("부분공개 예산 검토", DisclosureLevel.PARTIAL);
            approval.approve(
                    MAYOR,
                    id(partial),
                    revision(approval.approve(DIRECTOR, id(partial), revision(partial), null)),
                    null);

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/api/public/documents?limit=500"))
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode list = JsonMapper.builder().build().readTree(response.body());
            JsonNode mine = list.valueStream()
                    .filter(d -> d.path("number")
                            .asString()
                            .equals(submitted.document().number()))
                    .findFirst()
                    .orElseThrow();
            assertThat(mine.path("title").asString()).isEqualTo("자전거도로 확충 계획");
            assertThat(mine.path("department").asString()).isEqualTo("TRAFFIC");
            assertThat(mine.path("disclosure").asString()).isEqualTo("PUBLIC");
            assertThat(mine.path("approvedAt").asString()).isNotBlank();
            assertThat(mine.has("body")).isFalse();
            assertThat(response.body())
                    .doesNotContain(secret.document().number())
                    .doesNotContain("비공개 인사 계획")
                    .contains(partial.document().number());

            waitFor(() -> changes.stream()
                    .anyMatch(c -> c.documentId() == id
                            && c.action().equals("APPROVE")
                            && c.usernames().containsAll(List.of("traffic", "director", "mayor", "climate"))));
        }
    }

    @Test
    void aRejectedDocumentIsRedraftedAsASecondVersion() {
        DocumentView submitted = submitted("버스 노선 조정안", DisclosureLevel.PUBLIC);
        long id = id(submitted);
        DocumentView held = approval.hold(DIRECTOR, id, revision(submitted), "자료 보완 대기");
        assertThat(held.document().status()).isEqualTo(DocumentStatus.ON_HOLD);
        assertThatThrownBy(() -> approval.approve(DIRECTOR, id, revision(held), null))
                .isInstanceOf(ApprovalRefusedException.class);
        DocumentView released = approval.release(DIRECTOR, id, revision(held));
        DocumentView reviewed = approval.approve(DIRECTOR, id, revision(released), null);
        DocumentView back = approval.reject(MAYOR, id, revision(reviewed), true, "재검토 바랍니다");
        assertThat(back.current()).extracting(ApprovalStep::approver).containsExactly("director");
        DocumentView rejected = approval.reject(DIRECTOR, id, revision(back), false, "노선 근거 보완");
        assertThat(rejected.document().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(box("traffic", Box.REJECTED)).contains(id);

        DocumentView redrafted = approval.redraft(
                TRAFFIC,
                id,
                revision(rejected),
                draft(
                        FormType.DRAFT_PROPOSAL,
                        "버스 노선 조정안 (보완)",
                        DisclosureLevel.PUBLIC,
                        directorThenMayor(),
                        List.of()));
        assertThat(redrafted.document().version()).isEqualTo(2);
        assertThat(redrafted.document().status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(redrafted.document().number()).isEqualTo(submitted.document().number());
        DocumentView resubmitted = approval.submit(TRAFFIC, id, revision(redrafted));
        assertThat(box("director", Box.TO_APPROVE)).contains(id);
        assertThat(box("traffic", Box.REJECTED)).doesNotContain(id);

        VersionComparison comparison = approval.compareVersions("traffic", id, 1, 2);
        assertThat(comparison.left().title()).isEqualTo("버스 노선 조정안");
        assertThat(comparison.right().title()).isEqualTo("버스 노선 조정안 (보완)");

        DocumentView withdrawn = approval.withdraw(TRAFFIC, id, revision(resubmitted));
        assertThat(withdrawn.document().status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(box("director", Box.TO_APPROVE)).doesNotContain(id);
        assertThat(approval.auditTrail("traffic", id))
                .extracting(AuditEntry::action)
                .containsSubsequence(
                        "CREATE",
                        "SUBMIT",
                        "HOLD",
                        "RELEASE",
                        "APPROVE",
                        "REJECT_TO_PREVIOUS",
                        "REJECT_TO_DRAFTER",
                        "REDRAFT",
                        "SUBMIT",
                        "WITHDRAW");
    }

    @Test
    void aNonPublicDocumentNeedsItsLegalReason() {
        DocumentDraft noReason = new DocumentDraft(
                FormType.DRAFT_PROPOSAL,
                "사유 없는 비공개",
                "",
                null,
                DisclosureLevel.PRIVATE,
                null,
                Retention.YEARS_1,
                List.of(),
                directorThenMayor(),
                List.of(),
                List.of());
        DocumentView saved = approval.saveDraft(TRAFFIC, null, 0, noReason);
        assertThatThrownBy(() -> approval.submit(TRAFFIC, id(saved), revision(saved)))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.error.reason-required"));
    }

    @Test
    void delegatedApprovalEndsAReportAtTheDirector() {
        DocumentView saved = approval.saveDraft(
                TRAFFIC,
                null,
                0,
                draft(FormType.REPORT, "주간 교통 동향 보고", DisclosureLevel.PUBLIC, directorThenMayor(), List.of()));
        DocumentView submitted = approval.submit(TRAFFIC, id(saved), revision(saved));
        assertThat(submitted.document().delegatedRank()).isEqualTo(Rank.DIRECTOR);
        assertThat(submitted.document().delegatedApprover()).isEqualTo("director");
        assertThat(submitted.document().number()).startsWith("RP-");
        DocumentView done = approval.approve(DIRECTOR, id(submitted), revision(submitted), null);
        assertThat(done.document().status()).isEqualTo(DocumentStatus.COMPLETED);
        assertThat(box("mayor", Box.TO_APPROVE)).doesNotContain(id(submitted));
    }

    @Test
    void aSubstituteApprovesWhileTheApproverIsAbsent() {
        DocumentView submitted = submitted("대결 시험 문서", DisclosureLevel.PUBLIC);
        LocalDate today = LocalDate.now(Seoul.ZONE);
        Absence absence = settings.addAbsence(DIRECTOR, "director", "deputy", today, today.plusDays(1));
        try {
            assertThatThrownBy(() -> settings.addAbsence(DEPUTY, "deputy", "director", today, today))
                    .isInstanceOfSatisfying(
                            ApprovalRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(ApprovalRefusedException.DELEGATION_LOOP));
            assertThat(settings.actingFor("director")).isEqualTo("deputy");
            assertThat(box("deputy", Box.TO_APPROVE)).contains(id(submitted));
            assertThat(approval.find("deputy", id(submitted))).isPresent();

            DocumentView approved = approval.approve(DEPUTY, id(submitted), revision(submitted), "대결합니다");
            ApprovalStep step = approved.steps().get(1);
            assertThat(step.approver()).isEqualTo("director");
            assertThat(step.actedBy()).isEqualTo("deputy");
            assertThat(step.signature()).isEqualTo("대결 deputy (for director)");
            assertThat(approval.auditTrail("traffic", id(submitted))).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("APPROVE");
                assertThat(e.actor()).isEqualTo("deputy");
                assertThat(e.onBehalfOf()).isEqualTo("director");
            });
            assertThat(box("deputy", Box.IN_PROGRESS)).contains(id(submitted));
        } finally {
            settings.removeAbsence(DIRECTOR, absence.id());
        }
        assertThat(settings.actingFor("director")).isEqualTo("director");
    }

    @Test
    void ofTwoPeopleActingAtOnceExactlyOneSucceeds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                DocumentView submitted = submitted("동시 처리 " + i, DisclosureLevel.PUBLIC);
                long id = id(submitted);
                long revision = revision(submitted);
                CountDownLatch start = new CountDownLatch(1);
                Callable<DocumentView> approve = () -> {
                    start.await();
                    return approval.approve(DIRECTOR, id, revision, null);
                };
                Callable<DocumentView> second = i % 2 == 0
                        ? () -> {
                            start.await();
                            return approval.withdraw(TRAFFIC, id, revision);
                        }
                        : () -> {
                            start.await();
                            return approval.reject(DIRECTOR, id, revision, false, "동시 반려");
                        };
                Future<DocumentView> a = pool.submit(approve);
                Future<DocumentView> b = pool.submit(second);
                start.countDown();
                List<Object> outcomes = new ArrayList<>();
                for (Future<DocumentView> f : List.of(a, b)) {
                    try {
                        outcomes.add(f.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        outcomes.add(e.getCause());
                    }
                }
                assertThat(outcomes).filteredOn(DocumentView.class::isInstance).hasSize(1);
                assertThat(outcomes)
                        .filteredOn(ApprovalRefusedException.class::isInstance)
                        .singleElement()
                        .satisfies(e -> assertThat(((ApprovalRefusedException) e).messageKey())
                                .isEqualTo(ApprovalRefusedException.STALE));
                ApprovalDocument after =
                        approval.find("traffic", id).orElseThrow().document();
                assertThat(after.revision()).isEqualTo(revision + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentSubmitsGetDistinctConsecutiveNumbers() throws Exception {
        List<DocumentView> drafts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            drafts.add(approval.saveDraft(
                    TRAFFIC,
                    null,
                    0,
                    draft(
                            FormType.BUSINESS_TRIP,
                            "출장 신청 " + i,
                            DisclosureLevel.PUBLIC,
                            List.of(LineEntry.approval("director")),
                            List.of())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<DocumentView>> futures = new ArrayList<>();
            for (DocumentView d : drafts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return approval.submit(TRAFFIC, id(d), revision(d));
                }));
            }
            start.countDown();
            List<Long> serials = new ArrayList<>();
            for (Future<DocumentView> f : futures) {
                serials.add(DocumentNumber.parse(f.get().document().number()).serial());
            }
            List<Long> sorted = serials.stream().sorted().toList();
            assertThat(sorted).doesNotHaveDuplicates().hasSize(50);
            assertThat(sorted.getLast() - sorted.getFirst()).isEqualTo(49);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMayorApprovesSeveralDocumentsAtOnceEachCheckedOnItsOwn() {
        DocumentView one = submitted("일괄결재 1", DisclosureLevel.PUBLIC);
        DocumentView two = submitted("일괄결재 2", DisclosureLevel.PUBLIC);
        DocumentView notYet = submitted("일괄결재 3", DisclosureLevel.PUBLIC);
        DocumentView oneReviewed = approval.approve(DIRECTOR, id(one), revision(one), null);
        DocumentView twoReviewed = approval.approve(DIRECTOR, id(two), revision(two), null);
        Map<Long, Long> batch = new LinkedHashMap<>();
        batch.put(id(oneReviewed), revision(oneReviewed));
        batch.put(id(twoReviewed), revision(twoReviewed) - 1);
        batch.put(id(notYet), revision(notYet));
        List<BatchResult> results = approval.approveAll(MAYOR, batch, "일괄 승인");
        assertThat(results).extracting(BatchResult::approved).containsExactly(true, false, false);
        assertThat(results.get(1).messageKey()).isEqualTo(ApprovalRefusedException.STALE);
        assertThat(results.get(2).messageKey()).isEqualTo(ApprovalRefusedException.NOT_YOUR_TURN);
    }

    @Test
    void attachmentsAreCheckedAndStoredWithTheirChecksum() {
        DocumentView saved = approval.saveDraft(
                TRAFFIC,
                null,
                0,
                draft(FormType.DRAFT_PROPOSAL, "첨부 시험", DisclosureLevel.PUBLIC, directorThenMayor(), List.of()));
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        AttachmentInfo info = approval.attach(TRAFFIC, id(saved), revision(saved), "계획서.pdf", pdf);
        assertThat(info.sha256()).isEqualTo(AttachmentCheck.sha256(pdf));
        assertThat(info.size()).isEqualTo(pdf.length);
        assertThat(approval.attachmentContent("traffic", info.id()))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
        assertThat(approval.attachmentContent("admin", info.id())).isEmpty();
        long revision =
                approval.find("traffic", id(saved)).orElseThrow().document().revision();
        assertThatThrownBy(() -> approval.attach(TRAFFIC, id(saved), revision, "virus.pdf", "MZ....".getBytes()))
                .isInstanceOfSatisfying(
                        InvalidAttachmentException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.attachment.content-mismatch"));
        assertThat(approval.find("traffic", id(saved)).orElseThrow().attachments())
                .hasSize(1);
    }

    @Test
    void savedLinesBelongToTheirOwner() {
        SavedLine line = settings.saveLine(TRAFFIC, "국장-시장 " + System.nanoTime(), directorThenMayor());
        assertThat(settings.savedLines("traffic")).extracting(SavedLine::id).contains(line.id());
        assertThat(settings.savedLines("traffic"))
                .filteredOn(l -> l.id() == line.id())
                .singleElement()
                .satisfies(l -> assertThat(l.entries()).isEqualTo(directorThenMayor()));
        assertThat(settings.deleteLine(Actor.of("climate"), line.id())).isFalse();
        assertThat(settings.deleteLine(TRAFFIC, line.id())).isTrue();
        assertThat(settings.savedLines("traffic")).extracting(SavedLine::id).doesNotContain(line.id());
    }

    @Test
    void theAuditTrailVerifiesAndAnAlteredEntryIsFound() {
        DocumentView submitted = submitted("감사 기록 시험", DisclosureLevel.PUBLIC);
        approval.approve(DIRECTOR, id(submitted), revision(submitted), null);
        assertThat(approval.verifyAuditTrail().intact()).isTrue();

        AuditEntry approve = approval.auditTrail("traffic", id(submitted)).getLast();
        assertThat(approve.clientAddress()).isNull();
        AuditEntry submit = approval.auditTrail("traffic", id(submitted)).stream()
                .filter(e -> e.action().equals("SUBMIT"))
                .findFirst()
                .orElseThrow();
        assertThat(submit.clientAddress()).isEqualTo("10.1.2.3");
        assertThat(submit.userAgent()).isEqualTo("IT browser");

        assertThatThrownBy(() -> database.sql("UPDATE approval_audit SET actor = 'mallory' WHERE id = " + submit.id())
                        .fetch()
                        .rowsUpdated()
                        .block(Duration.ofSeconds(10)))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.sql("DELETE FROM approval_audit WHERE id = " + submit.id())
                        .fetch()
                        .rowsUpdated()
                        .block(Duration.ofSeconds(10)))
                .hasMessageContaining("append-only");

        tamper("UPDATE approval_audit SET actor = 'mallory' WHERE id = " + submit.id());
        try {
            AuditChain.Verification broken = approval.verifyAuditTrail();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBadId()).isEqualTo(submit.id());
        } finally {
            tamper("UPDATE approval_audit SET actor = 'traffic' WHERE id = " + submit.id());
        }
        assertThat(approval.verifyAuditTrail().intact()).isTrue();
    }

    /** Changes the trail behind the trigger's back, as someone with the database owner's rights could. */
    private void tamper(String statement) {
        database.sql("ALTER TABLE approval_audit DISABLE TRIGGER approval_audit_append_only; " + statement
                        + "; ALTER TABLE approval_audit ENABLE TRIGGER approval_audit_append_only")
                .fetch()
                .rowsUpdated()
                .block(Duration.ofSeconds(10));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
