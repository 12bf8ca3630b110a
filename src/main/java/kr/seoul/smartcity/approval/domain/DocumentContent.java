package kr.seoul.smartcity.approval.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What one version of a document says, for showing versions side by side. */
public record DocumentContent(
        int version,
        FormType form,
        String title,
        String body,
        DisclosureLevel disclosure,
        @Nullable Integer nonDisclosureItem,
        Retention retention,
        List<String> keywords) {

    public DocumentContent {
        keywords = List.copyOf(keywords);
    }
}
