package kr.seoul.smartcity.archive.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ExtractionStatus;
import kr.seoul.smartcity.archive.service.ArchiveItemDetails;

/**
 * An archive document's details: type, department, producer, date, language and disclosure; its tags, each a search
 * for the tag; whether its text could be read from its files; its summary.
 */
class ArchiveItemMeta extends Div {

    ArchiveItemMeta(ArchiveItemDetails details, String departmentName) {
        addClassName("archive-item-main");
        add(fields(details.item(), departmentName), tags(details.item()), extraction(details), summary(details.item()));
    }

    private Div fields(ArchiveItem item, String departmentName) {
        Div meta = new Div();
        meta.setId("archive-item-meta");
        meta.addClassName("archive-meta");
        field(meta, "archive.facet.type", getTranslation(item.type().labelKey()));
        field(meta, "archive.facet.department", departmentName);
        field(meta, "archive.item.producer", item.producer());
        field(meta, "archive.item.date", item.issuedOn().toString());
        field(meta, "archive.item.language", getTranslation(item.language().labelKey()));
        field(meta, "archive.item.disclosure", getTranslation(item.disclosure().labelKey()));
        return meta;
    }

    private void field(Div meta, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("archive-meta-label");
        Span text = new Span(value);
        text.addClassName("archive-meta-value");
        meta.add(label, text);
    }

    private static Div tags(ArchiveItem item) {
        Div tagList = new Div();
        tagList.setId("archive-item-tags");
        tagList.addClassName("archive-tags");
        item.tags().forEach(tag -> {
            Anchor link = new Anchor("archive?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8), tag);
            link.addClassName("archive-tag");
            tagList.add(link);
        });
        return tagList;
    }

    private Div extraction(ArchiveItemDetails details) {
        Div extraction = new Div();
        extraction.setId("archive-extraction");
        extraction.addClassName("archive-extraction");
        if (details.extractionStatus() == ExtractionStatus.FAILED) {
            extraction.getElement().setAttribute("data-status", "failed");
            extraction.add(new Span(getTranslation("archive.extraction.failed")));
            details.files().stream()
                    .filter(f -> f.extractionStatus() == ExtractionStatus.FAILED)
                    .forEach(f -> extraction.add(new Paragraph(
                            f.fileName() + ": " + (f.extractionError() == null ? "" : f.extractionError()))));
        } else {
            extraction.getElement().setAttribute("data-status", "ok");
            extraction.add(new Span(getTranslation("archive.extraction.ok")));
        }
        return extraction;
    }

    private static Paragraph summary(ArchiveItem item) {
        Paragraph summary = new Paragraph(item.summary());
        summary.addClassName("archive-summary");
        return summary;
    }
}
