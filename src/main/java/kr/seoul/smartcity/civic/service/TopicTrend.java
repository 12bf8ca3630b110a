package kr.seoul.smartcity.civic.service;

import java.util.List;

import kr.seoul.smartcity.civic.domain.TopicWeek;

/** One topic over the weeks shown, the latest week last. */
public record TopicTrend(List<TopicWeek> weeks) {

    public TopicTrend {
        weeks = List.copyOf(weeks);
    }

    public TopicWeek latest() {
        return weeks.getLast();
    }

    /** The latest week's volume against the week before, in percent; 0 with a single week. */
    public double change() {
        if (weeks.size() < 2 || weeks.get(weeks.size() - 2).volume() == 0) {
            return 0;
        }
        return 100.0
                * (latest().volume() - weeks.get(weeks.size() - 2).volume())
                / weeks.get(weeks.size() - 2).volume();
    }
}
