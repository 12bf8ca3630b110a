package kr.seoul.smartcity.summary.domain;

import java.util.List;

/** One line of a summary and the ids of the passages it came from. */
public record SummaryBullet(String text, List<String> citations) {

    public SummaryBullet {
        citations = List.copyOf(citations);
    }
}
