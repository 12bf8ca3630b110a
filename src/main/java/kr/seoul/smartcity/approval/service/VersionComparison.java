package kr.seoul.smartcity.approval.service;

import kr.seoul.smartcity.approval.domain.DocumentContent;

/** Two versions of a document, for showing them side by side. */
public record VersionComparison(long documentId, DocumentContent left, DocumentContent right) {}
