package kr.seoul.smartcity.approval.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the approval audit trail: who did what, when, to which document, version and step, from where. The
 * hash covers the previous entry's hash and this entry's canonical content ({@link AuditChain}).
 */
public record AuditEntry(
        @Nullable Long id,
        Instant at,
        String actor,
        @Nullable String onBehalfOf,
        String action,
        @Nullable Long documentId,
        @Nullable Integer version,
        @Nullable Integer step,
        @Nullable String clientAddress,
        @Nullable String userAgent,
        String detail,
        String prevHash,
        String hash) {

    /** An entry before it is chained. */
    public static AuditEntry unsealed(
            Instant at,
            String actor,
            @Nullable String onBehalfOf,
            String action,
            @Nullable Long documentId,
            @Nullable Integer version,
            @Nullable Integer step,
            @Nullable String clientAddress,
            @Nullable String userAgent,
            String detail) {
        return new AuditEntry(
                null,
                at,
                actor,
                onBehalfOf,
                action,
                documentId,
                version,
                step,
                clientAddress,
                userAgent,
                detail,
                "",
                "");
    }

    public AuditEntry withId(long newId) {
        return new AuditEntry(
                newId,
                at,
                actor,
                onBehalfOf,
                action,
                documentId,
                version,
                step,
                clientAddress,
                userAgent,
                detail,
                prevHash,
                hash);
    }
}
