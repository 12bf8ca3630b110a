package kr.seoul.smartcity.directive.service;

import org.jspecify.annotations.Nullable;

/**
 * A report as a department writes it. The text is split into pages at its headings ({@code # ...}) and at lines
 * holding only {@code ---}.
 */
public record NewReport(
        String title,
        String body,
        @Nullable String indicatorCode,
        @Nullable String projectCode) {}
