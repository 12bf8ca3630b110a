package kr.seoul.smartcity.approval.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** 참조 (reference) or 공람 (circulation): recipients who see a document but do not act on it. */
public enum RecipientKind implements Labelled {
    REFERENCE,
    CIRCULATION;

    @Override
    public String labelKey() {
        return "approval.recipient." + name().toLowerCase(Locale.ROOT);
    }
}
