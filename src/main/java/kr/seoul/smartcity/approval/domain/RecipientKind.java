package kr.seoul.smartcity.approval.domain;

/** 참조 (reference) or 공람 (circulation): recipients who see a document but do not act on it. */
public enum RecipientKind {
    REFERENCE, CIRCULATION
}
