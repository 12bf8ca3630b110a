package kr.seoul.smartcity.archive.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** What kind of document an archive item is. */
public enum ArchiveItemType implements Labelled {
    WHITE_PAPER,
    RESEARCH_REPORT,
    BROCHURE,
    STATISTICS,
    MEETING_RECORD,
    PUBLIC_DOCUMENT;

    @Override
    public String labelKey() {
        return "archive.type." + name();
    }
}
