package kr.seoul.smartcity.analysis.domain;

import org.jspecify.annotations.Nullable;

/** One row of a dataset: a place with what the dataset says of it (a route, a name; minutes; its district). */
public record DataPoint(
        String label,
        Place place,
        @Nullable Double value,
        @Nullable String districtCode) {}
