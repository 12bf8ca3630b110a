package kr.seoul.smartcity.approval.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachment checks and the audit hash chain, in memory. */
class AttachmentAndAuditTest {

    private static byte[] file(String magicHex, int size) {
        byte[] magic = HexFormat.of().parseHex(magicHex);
        byte[] bytes = Arrays.copyOf(magic, Math.max(size, magic.length));
        return bytes;
    }

    @Test
    void acceptsAllowedTypesWhoseContentMatches() {
        assertThat(AttachmentCheck.check("보고서.pdf", file("255044462d312e37", 100)))
                .isEqualTo(AttachmentType.PDF);
        assertThat(AttachmentCheck.check("기안.HWP", file("d0cf11e0a1b11ae1", 100)))
                .isEqualTo(AttachmentType.HWP);
        assertThat(AttachmentCheck.check("a.hwpx", file("504b0304", 100))).isEqualTo(AttachmentType.HWPX);
        assertThat(AttachmentCheck.check("a.docx", file("504b0304", 100))).isEqualTo(AttachmentType.DOCX);
        assertThat(AttachmentCheck.check("a.xlsx", file("504b0304", 100))).isEqualTo(AttachmentType.XLSX);
        assertThat(AttachmentCheck.check("map.png", file("89504e470d0a1a0a", 100)))
                .isEqualTo(AttachmentType.PNG);
        assertThat(AttachmentCheck.check("photo.jpeg", file("ffd8ffe0", 100))).isEqualTo(AttachmentType.JPEG);
        assertThat(AttachmentCheck.check("photo.jpg", file("ffd8ffe1", 100))).isEqualTo(AttachmentType.JPEG);
        assertThat(AttachmentCheck.check("max.pdf", file("25504446", (int) AttachmentCheck.MAX_SIZE)))
                .isEqualTo(AttachmentType.PDF);
    }

    @Test
    void refusesOtherTypesMismatchedContentEmptyAndLargeFiles() {
        assertKey(() -> AttachmentCheck.check("run.exe", file("4d5a", 100)), "approval.attachment.type-not-allowed");
        assertKey(
                () -> AttachmentCheck.check("noextension", file("25504446", 100)),
                "approval.attachment.type-not-allowed");
        assertKey(
                () -> AttachmentCheck.check("fake.pdf", "hello".getBytes(StandardCharsets.UTF_8)),
                "approval.attachment.content-mismatch");
        assertKey(() -> AttachmentCheck.check("exe.png", file("4d5a", 100)), "approval.attachment.content-mismatch");
        assertKey(
                () -> AttachmentCheck.check("zip.pdf", file("504b0304", 100)), "approval.attachment.content-mismatch");
        assertKey(() -> AttachmentCheck.check("empty.pdf", new byte[0]), "approval.attachment.empty");
        assertKey(
                () -> AttachmentCheck.check("big.pdf", file("25504446", (int) AttachmentCheck.MAX_SIZE + 1)),
                "approval.attachment.too-large");
        assertThat(AttachmentCheck.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidAttachmentException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = AuditChain.seal(
                            AuditEntry.unsealed(
                                    Instant.parse("2026-03-02T01:00:00.123456789Z")
                                            .plusSeconds(i),
                                    "user" + i,
                                    i % 2 == 0 ? "absent" : null,
                                    "APPROVE",
                                    10L + i,
                                    1,
                                    i,
                                    "10.0.0." + i,
                                    "test",
                                    "c" + i),
                            previous)
                    .withId(i);
            entries.add(e);
            previous = e.hash();
        }
        return entries;
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> entries = chain(5);
        AuditChain.Verification ok =
                AuditChain.verify(entries, entries.getLast().hash());
        assertThat(ok.intact()).isTrue();
        assertThat(ok.entries()).isEqualTo(5);
        assertThat(AuditChain.verify(List.of(), AuditChain.GENESIS).intact()).isTrue();
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry e = entries.get(2);
        entries.set(
                2,
                new AuditEntry(
                        e.id(),
                        e.at(),
                        "mallory",
                        e.onBehalfOf(),
                        e.action(),
                        e.documentId(),
                        e.version(),
                        e.step(),
                        e.clientAddress(),
                        e.userAgent(),
                        e.detail(),
                        e.prevHash(),
                        e.hash()));
        AuditChain.Verification bad =
                AuditChain.verify(entries, entries.getLast().hash());
        assertThat(bad.intact()).isFalse();
        assertThat(bad.firstBadId()).isEqualTo(3L);
    }

    @Test
    void anAlteredEntryWithARecomputedHashBreaksTheNextLink() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry e = entries.get(1);
        AuditEntry forged = AuditChain.seal(
                        new AuditEntry(
                                e.id(),
                                e.at(),
                                e.actor(),
                                null,
                                "REJECT_TO_DRAFTER",
                                e.documentId(),
                                e.version(),
                                e.step(),
                                e.clientAddress(),
                                e.userAgent(),
                                e.detail(),
                                "",
                                ""),
                        e.prevHash())
                .withId(e.id());
        entries.set(1, forged);
        assertThat(AuditChain.verify(entries, entries.getLast().hash()).firstBadId())
                .isEqualTo(3L);
    }

    @Test
    void aDeletedEntryIsNoticedAtTheNextOneOrAtTheHead() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        String head = entries.getLast().hash();
        List<AuditEntry> middleGone = new ArrayList<>(entries);
        middleGone.remove(1);
        assertThat(AuditChain.verify(middleGone, head).firstBadId()).isEqualTo(3L);
        List<AuditEntry> firstGone = new ArrayList<>(entries);
        firstGone.removeFirst();
        assertThat(AuditChain.verify(firstGone, head).firstBadId()).isEqualTo(2L);
        List<AuditEntry> lastGone = new ArrayList<>(entries);
        lastGone.removeLast();
        AuditChain.Verification tail = AuditChain.verify(lastGone, head);
        assertThat(tail.intact()).isFalse();
        assertThat(tail.firstBadId()).isEqualTo(4L);
    }

    @Test
    void theCanonicalFormIsUnambiguous() {
        Instant at = Instant.EPOCH;
        AuditEntry a = AuditEntry.unsealed(at, "ab", null, "X", null, null, null, null, null, "c");
        AuditEntry b = AuditEntry.unsealed(at, "a", null, "X", null, null, null, null, null, "bc");
        assertThat(AuditChain.canonical(a)).isNotEqualTo(AuditChain.canonical(b));
        AuditEntry empty = AuditEntry.unsealed(at, "a", "", "X", null, null, null, null, null, "");
        AuditEntry none = AuditEntry.unsealed(at, "a", null, "X", null, null, null, null, null, "");
        assertThat(AuditChain.canonical(empty)).isNotEqualTo(AuditChain.canonical(none));
    }
}
