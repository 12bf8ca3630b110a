package kr.seoul.smartcity.civic.domain;

import java.time.Instant;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

/**
 * One year's target and value of an index, city-wide ({@code districtCode} empty) or for one district. The
 * achievement rate compares the value with the target in the index's direction.
 */
public record IndexValue(
        String indexCode,
        int year,
        String districtCode,
        @Nullable Double target,
        @Nullable Double actual,
        ValueState state,
        @Nullable String enteredBy,
        @Nullable Instant enteredAt,
        @Nullable String confirmedBy,
        @Nullable Instant confirmedAt) {

    public static final String CITY = "";

    public boolean cityWide() {
        return districtCode.isEmpty();
    }

    /**
     * The value as a percentage of the target: above 100 is better than planned, whichever way the index points.
     * Empty without a target or a value.
     */
    public OptionalDouble achievement(Direction direction) {
        if (target == null || actual == null) {
            return OptionalDouble.empty();
        }
        if (direction == Direction.HIGHER) {
            return target == 0 ? OptionalDouble.empty() : OptionalDouble.of(actual / target * 100);
        }
        if (actual == 0) {
            return target == 0 ? OptionalDouble.of(100) : OptionalDouble.empty();
        }
        return OptionalDouble.of(target / actual * 100);
    }

    /** The same year with only what citizens may see: a value that is not confirmed yet is left out. */
    public IndexValue confirmedOnly() {
        return state == ValueState.CONFIRMED
                ? this
                : new IndexValue(
                        indexCode, year, districtCode, target, null, ValueState.PLANNED, null, null, null, null);
    }
}
