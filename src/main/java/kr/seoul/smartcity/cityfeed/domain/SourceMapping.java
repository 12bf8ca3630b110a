package kr.seoul.smartcity.cityfeed.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * How a source's rows become observations: each row gives a time, perhaps a district, and values for one or more
 * indicators. A field is named by its name in the row, or by a JSON Pointer (starting with {@code /}) into it;
 * several names are tried in order, for fields the source has renamed over time.
 *
 * @param time     when the row was measured; format a {@link java.time.format.DateTimeFormatter} pattern read in
 *                 Seoul time ({@code yyyyMMddHHmm}, {@code yyyy-MM-dd HH:mm}), or {@code ISO}, {@code EPOCH_MILLIS},
 *                 {@code NOW} (the time of the fetch; no field needed)
 * @param district the row's district by name or five-digit code; {@code codes} maps other names (a station, a
 *                 place) to a district name or code. Absent for a source that only has citywide values.
 * @param values   the values the row holds
 * @param filter   only rows whose field has one of these texts are read (for example one measuring station type)
 */
public record SourceMapping(
        Field time,
        @Nullable Field district,
        List<Value> values,
        @Nullable Filter filter) {

    public SourceMapping {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * A field of a row.
     *
     * @param names  names or JSON Pointers, first with a value wins
     * @param format how to read it (times), or null
     * @param codes  a code table from the source's text to ours (districts), may be empty
     */
    public record Field(List<String> names, @Nullable String format, Map<String, String> codes) {

        public Field {
            names = names == null ? List.of() : List.copyOf(names);
            codes = codes == null ? Map.of() : Map.copyOf(codes);
        }

        public static Field of(String... names) {
            return new Field(List.of(names), null, Map.of());
        }

        public static Field time(String format, String... names) {
            return new Field(List.of(names), format, Map.of());
        }
    }

    /**
     * One indicator's value in a row.
     *
     * @param indicator the indicator's code
     * @param names     the field's names (ignored when {@code combine} is COUNT)
     * @param scale     multiplied with the value read (unit conversion: 0.001 for m³ to thousand m³)
     * @param offset    added after scaling
     * @param codes     a code table for values given as text (여유 → 1, 보통 → 2, 약간 붐빔 → 3, 붐빔 → 4)
     * @param combine   how rows with the same district and time combine into one value
     * @param city      how a citywide value is made from the districts' values (NONE: not made)
     */
    public record Value(
            String indicator,
            List<String> names,
            double scale,
            double offset,
            Map<String, Double> codes,
            Combine combine,
            Combine city) {

        public Value {
            names = names == null ? List.of() : List.copyOf(names);
            codes = codes == null ? Map.of() : Map.copyOf(codes);
            combine = combine == null ? Combine.LAST : combine;
            city = city == null ? Combine.NONE : city;
            if (scale == 0) {
                scale = 1;
            }
        }

        public static Value of(String indicator, String... names) {
            return new Value(indicator, List.of(names), 1, 0, Map.of(), Combine.LAST, Combine.NONE);
        }

        public Value combined(Combine rows, Combine cityWide) {
            return new Value(indicator, names, scale, offset, codes, rows, cityWide);
        }
    }

    /** Only rows whose field holds one of the texts. */
    public record Filter(List<String> names, List<String> anyOf) {

        public Filter {
            names = names == null ? List.of() : List.copyOf(names);
            anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
        }
    }

    /** How several values become one. */
    public enum Combine implements Labelled {
        /** Not made at all (for {@code city}). */
        NONE,
        /** The last row read. */
        LAST,
        SUM,
        AVERAGE,
        MIN,
        MAX,
        /** The number of rows, whatever their fields hold. */
        COUNT;

        @Override
        public String labelKey() {
            return "data-source.combine." + name().toLowerCase(Locale.ROOT);
        }
    }
}
