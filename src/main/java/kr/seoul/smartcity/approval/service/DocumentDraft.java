package kr.seoul.smartcity.approval.service;

import java.util.List;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Recipient;
import kr.seoul.smartcity.approval.domain.RecipientKind;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.base.text.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A document as its drafter writes it. {@code departmentCode} defaults to the drafter's department;
 * {@code nonDisclosureItem} is the item (1–8) of article 9(1) of the Official Information Disclosure Act that keeps a
 * PARTIAL or PRIVATE document from being public. The line lists the people after the drafter.
 */
public record DocumentDraft(
        FormType form,
        String title,
        String body,
        @Nullable String departmentCode,
        DisclosureLevel disclosure,
        @Nullable Integer nonDisclosureItem,
        Retention retention,
        List<String> keywords,
        List<LineEntry> line,
        List<String> references,
        List<String> circulation) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 100_000;

    public DocumentDraft {
        keywords = keywords == null
                ? List.of()
                : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        line = line == null ? List.of() : List.copyOf(line);
        references = references == null ? List.of() : List.copyOf(references);
        circulation = circulation == null ? List.of() : List.copyOf(circulation);
    }

    List<Recipient> recipients() {
        return java.util.stream.Stream.concat(
                        references.stream().map(u -> new Recipient(u, RecipientKind.REFERENCE, null)),
                        circulation.stream().map(u -> new Recipient(u, RecipientKind.CIRCULATION, null)))
                .toList();
    }

    /** The same draft with its texts as {@link PlainText} keeps them. */
    public DocumentDraft cleaned() {
        return new DocumentDraft(
                form,
                PlainText.clean(title),
                PlainText.clean(body),
                departmentCode,
                disclosure,
                nonDisclosureItem,
                retention,
                keywords == null
                        ? List.of()
                        : keywords.stream().map(PlainText::clean).toList(),
                line,
                references,
                circulation);
    }
}
