package kr.seoul.smartcity.analysis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dataset an analysis reads, with where it comes from: its publisher and dataset, a link, the date it describes,
 * and whether it is the embedded default's simulated data (then labelled so on every page that uses it).
 */
public record Dataset(
        DatasetName name,
        String source,
        @Nullable String link,
        @Nullable LocalDate asOf,
        boolean simulated,
        String updatedBy,
        Instant updatedAt,
        List<DataPoint> points) {

    public Dataset {
        points = List.copyOf(points);
    }
}
