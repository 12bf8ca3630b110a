package kr.seoul.smartcity.summary.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** The parts of a summary, in the order the page shows them; {@code key} is the name in the model's JSON. */
public enum SummarySection implements Labelled {
    OVERVIEW("overview"),
    KEY_FIGURES("keyFigures"),
    DECISIONS("decisions"),
    ACTION_ITEMS("actionItems"),
    RISKS("risks");

    private final String key;

    SummarySection(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String labelKey() {
        return "summary.section." + name();
    }
}
