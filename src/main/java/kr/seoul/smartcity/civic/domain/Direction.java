package kr.seoul.smartcity.civic.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Whether an index gets better as it grows (green space per person) or as it falls (traffic deaths). */
public enum Direction implements Labelled {
    HIGHER,
    LOWER;

    @Override
    public String labelKey() {
        return "civic.direction." + name();
    }
}
