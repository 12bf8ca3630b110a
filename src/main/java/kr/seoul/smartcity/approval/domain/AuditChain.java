package kr.seoul.smartcity.approval.domain;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit trail: each entry's hash is SHA-256 over the previous entry's hash and the entry's
 * canonical content, so altering or removing an entry breaks the chain at or after it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    /** The outcome of a verification: intact, or the first entry whose link does not hold. */
    public record Verification(
            boolean intact, long entries, @Nullable Long firstBadId, String reason) {}

    private AuditChain() {}

    /** Chains an entry to the previous hash; its time is cut to microseconds, as PostgreSQL stores it. */
    public static AuditEntry seal(AuditEntry entry, String previousHash) {
        AuditEntry linked = new AuditEntry(
                entry.id(),
                entry.at().truncatedTo(ChronoUnit.MICROS),
                entry.actor(),
                entry.onBehalfOf(),
                entry.action(),
                entry.documentId(),
                entry.version(),
                entry.step(),
                entry.clientAddress(),
                entry.userAgent(),
                entry.detail(),
                previousHash,
                "");
        return new AuditEntry(
                linked.id(),
                linked.at(),
                linked.actor(),
                linked.onBehalfOf(),
                linked.action(),
                linked.documentId(),
                linked.version(),
                linked.step(),
                linked.clientAddress(),
                linked.userAgent(),
                linked.detail(),
                previousHash,
                hash(linked));
    }

    /** SHA-256 of the previous hash and the canonical content, in hex. */
    public static String hash(AuditEntry entry) {
        return AttachmentCheck.sha256((entry.prevHash() + "\n" + canonical(entry)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The content as one unambiguous string: each field length-prefixed, absent fields marked. The id is not part of
     * it (the database assigns it), the order of the chain is.
     */
    public static String canonical(AuditEntry e) {
        StringBuilder out = new StringBuilder();
        Stream.of(
                        e.at().truncatedTo(ChronoUnit.MICROS).toString(),
                        e.actor(),
                        e.onBehalfOf(),
                        e.action(),
                        str(e.documentId()),
                        str(e.version()),
                        str(e.step()),
                        e.clientAddress(),
                        e.userAgent(),
                        e.detail())
                .forEach(field -> out.append(field == null ? "~" : field.length() + ":" + field)
                        .append('|'));
        return out.toString();
    }

    /**
     * Checks entries in chain (id) order against each other and the head's hash: the first entry that was altered,
     * or that follows a removed entry, is named.
     */
    public static Verification verify(List<AuditEntry> entries, @Nullable String headHash) {
        String previous = GENESIS;
        for (AuditEntry entry : entries) {
            if (!entry.prevHash().equals(previous)) {
                return new Verification(false, entries.size(), entry.id(), "the entry before it is missing or altered");
            }
            if (!entry.hash().equals(hash(entry))) {
                return new Verification(false, entries.size(), entry.id(), "its content was altered");
            }
            previous = entry.hash();
        }
        if (headHash != null && !headHash.equals(previous)) {
            return new Verification(
                    false,
                    entries.size(),
                    entries.isEmpty() ? null : entries.getLast().id(),
                    "entries after it are missing");
        }
        return new Verification(true, entries.size(), null, "");
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
