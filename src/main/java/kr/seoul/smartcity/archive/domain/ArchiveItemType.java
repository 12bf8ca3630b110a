package kr.seoul.smartcity.archive.domain;

/** What kind of document an archive item is. */
public enum ArchiveItemType {
    WHITE_PAPER, RESEARCH_REPORT, BROCHURE, STATISTICS, MEETING_RECORD, PUBLIC_DOCUMENT
}
