package kr.seoul.smartcity.command.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** A span of history a command may ask for ("지난 7일", "last month"), as the history charts offer them. */
public enum Period implements Labelled {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    /** The shortest span that covers a number of days. */
    static Period covering(long days) {
        if (days <= 1) {
            return DAY;
        }
        if (days <= 7) {
            return WEEK;
        }
        return days <= 31 ? MONTH : YEAR;
    }

    @Override
    public String labelKey() {
        return "command.period." + name().toLowerCase(Locale.ROOT);
    }
}
