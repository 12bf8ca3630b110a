package kr.seoul.smartcity.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Rank;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.ApprovalSettings;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approvals per second with 20 concurrent approvers over 10,000 documents (sizes through {@code bench.documents}
 * and {@code bench.approvers}). Every document is approved by its approver while a second session of the same
 * approver races for it, so that every approval is contested: the bench then checks that no action was lost or
 * doubled and that the audit chain still verifies. Run: {@code ./mvnw verify -Pbench} (see bench/README.md).
 */
@CityIntegrationTest
class ApprovalThroughputBench {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 10_000);
    private static final int APPROVERS = Integer.getInteger("bench.approvers", 20);

    @Autowired
    ApprovalService approval;

    @Autowired
    ApprovalSettings settings;

    @Test
    void approvalsPerSecond() throws Exception {
        Actor drafter = Actor.of("traffic");
        List<String> approvers = new ArrayList<>();
        for (int a = 0; a < APPROVERS; a++) {
            String name = "bench-approver-" + a;
            settings.setMember(name, Rank.DIRECTOR, "TRAFFIC");
            approvers.add(name);
        }
        List<List<DocumentView>> queues = new ArrayList<>();
        approvers.forEach(a -> queues.add(Collections.synchronizedList(new ArrayList<>())));

        long setupStart = System.nanoTime();
        try (ExecutorService setup = Executors.newFixedThreadPool(4)) {
            List<Future<?>> submits = new ArrayList<>();
            for (int d = 0; d < DOCUMENTS; d++) {
                int index = d;
                submits.add(setup.submit(() -> {
                    String approver = approvers.get(index % APPROVERS);
                    DocumentView saved = approval.saveDraft(
                            drafter,
                            null,
                            0,
                            new DocumentDraft(
                                    FormType.REPORT,
                                    "벤치마크 보고 " + index,
                                    "본문 " + index,
                                    null,
                                    DisclosureLevel.PUBLIC,
                                    null,
                                    Retention.YEARS_1,
                                    List.of("bench"),
                                    List.of(LineEntry.approval(approver)),
                                    List.of(),
                                    List.of()));
                    queues.get(index % APPROVERS)
                            .add(approval.submit(
                                    drafter,
                                    saved.document().id(),
                                    saved.document().revision()));
                }));
            }
            for (Future<?> submit : submits) {
                submit.get();
            }
        }
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        AtomicInteger approved = new AtomicInteger();
        AtomicInteger refusedStale = new AtomicInteger();
        AtomicInteger otherRefusals = new AtomicInteger();
        ConcurrentHashMap<Long, Integer> approvalsPerDocument = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(APPROVERS * 2)) {
            List<Future<?>> sessions = new ArrayList<>();
            for (int a = 0; a < APPROVERS; a++) {
                Actor approver = Actor.of(approvers.get(a));
                List<DocumentView> queue = queues.get(a);
                for (int session = 0; session < 2; session++) {
                    sessions.add(pool.submit(() -> {
                        for (DocumentView view : queue) {
                            long t0 = System.nanoTime();
                            try {
                                approval.approve(
                                        approver,
                                        view.document().id(),
                                        view.document().revision(),
                                        null);
                                approved.incrementAndGet();
                                approvalsPerDocument.merge(view.document().id(), 1, Integer::sum);
                            } catch (ApprovalRefusedException refused) {
                                if (ApprovalRefusedException.STALE.equals(refused.messageKey())) {
                                    refusedStale.incrementAndGet();
                                } else {
                                    otherRefusals.incrementAndGet();
                                }
                            }
                            latencies.add(System.nanoTime() - t0);
                        }
                    }));
                }
            }
            for (Future<?> session : sessions) {
                session.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        long notCompleted = queues.stream()
                .flatMap(List::stream)
                .map(view -> approval.find("traffic", view.document().id())
                        .orElseThrow()
                        .document()
                        .status())
                .filter(status -> status != DocumentStatus.COMPLETED)
                .count();
        long doubled = approvalsPerDocument.values().stream().filter(n -> n > 1).count();
        var audit = approval.verifyAuditTrail();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);

        System.out.printf(
                """

                == Approval throughput (%d documents, %d approvers, 2 racing sessions each)
                setup (draft + submit):     %.1f s (%.0f documents/s)
                approvals:                  %d in %.2f s = %.0f approvals/s
                refused as stale (the race): %d, other refusals: %d
                latency per attempt:        p50 %.1f ms, p95 %.1f ms, p99 %.1f ms
                lost (not completed):       %d
                doubled (approved twice):   %d
                audit chain:                %s (%d entries)
                %n""",
                DOCUMENTS,
                APPROVERS,
                setupSeconds,
                DOCUMENTS / setupSeconds,
                approved.get(),
                seconds,
                approved.get() / seconds,
                refusedStale.get(),
                otherRefusals.get(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                notCompleted,
                doubled,
                audit.intact() ? "intact" : "BROKEN at " + audit.firstBadId(),
                audit.entries());

        assertThat(approved.get()).isEqualTo(DOCUMENTS);
        assertThat(notCompleted).isZero();
        assertThat(doubled).isZero();
        assertThat(refusedStale.get() + otherRefusals.get()).isEqualTo(DOCUMENTS);
        assertThat(audit.intact()).isTrue();
    }

    private static double percentile(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = Math.min(sortedNanos.size() - 1, (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
