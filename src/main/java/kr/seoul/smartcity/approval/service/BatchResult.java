package kr.seoul.smartcity.approval.service;

import org.jspecify.annotations.Nullable;

/** The outcome for one document of {@link ApprovalService#approveAll}. */
public record BatchResult(
        long documentId,
        boolean approved,
        @Nullable String messageKey,
        @Nullable String message) {}
