package kr.seoul.smartcity.archive.service;

import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.base.domain.DisclosureClass;

/**
 * One hit. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text with the matches in {@code <em>}.
 */
public record ArchiveHit(
        long id,
        String title,
        ArchiveItemType type,
        String departmentCode,
        LocalDate issuedOn,
        List<String> tags,
        String language,
        DisclosureClass disclosure,
        String titleHtml,
        String snippetHtml,
        double score) {}
