package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping.Combine;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping.Field;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a source's rows into observations by its declared mapping, and says for every row it could not use why.
 * Rows with the same indicator, district and time are combined as the mapping says; a citywide value is made from
 * the districts' values where the mapping asks for one.
 * <p>
 * A value field that no row has at all is a {@link Mapped#missingFields() missing field}: the source has most
 * likely renamed it, and the run that reads it is failed with that reason rather than quietly recording nothing.
 */
public final class ObservationMapper {

    /** Longest excerpt of a rejected row kept for the dry run and the run log. */
    private static final int ROW_EXCERPT = 300;

    private ObservationMapper() {}

    /**
     * @param perDistrict for each indicator, whether it is measured per district (only its citywide value is
     *                    recorded otherwise)
     * @param fetchedAt   the time of the fetch, for rows without a time of their own ({@code NOW})
     */
    public static Mapped map(
            SourceMapping mapping, List<JsonNode> rows, Map<String, Boolean> perDistrict, Instant fetchedAt) {
        Map<Key, List<Double>> values = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> found = new LinkedHashMap<>();
        mapping.values().stream()
                .filter(value -> value.combine() != Combine.COUNT)
                .forEach(value -> found.put(value.indicator(), 0));
        int index = 0;
        for (JsonNode row : rows) {
            index++;
            if (mapping.filter() != null && !passes(mapping.filter(), row)) {
                continue;
            }
            for (SourceMapping.Value value : mapping.values()) {
                if (value.combine() != Combine.COUNT && text(row, value.names()).isPresent()) {
                    found.merge(value.indicator(), 1, Integer::sum);
                }
            }
            Optional<Instant> time = time(mapping.time(), row, fetchedAt);
            if (time.isEmpty()) {
                rejected.add(new Rejected(index, excerpt(row), describeMissing("time", mapping.time(), row)));
                continue;
            }
            String district = "";
            if (mapping.district() != null) {
                Optional<String> text = text(row, mapping.district().names());
                Optional<SeoulDistrict> known = text.flatMap(t -> district(mapping.district(), t));
                if (known.isEmpty()) {
                    rejected.add(new Rejected(
                            index,
                            excerpt(row),
                            text.map(t -> "unknown district \"" + t
                                            + "\" (not a Seoul district and not in the code table)")
                                    .orElseGet(() -> describeMissing("district", mapping.district(), row))));
                    continue;
                }
                district = known.get().code();
            }
            List<String> problems = new ArrayList<>();
            for (SourceMapping.Value value : mapping.values()) {
                if (value.combine() == Combine.COUNT) {
                    values.computeIfAbsent(new Key(value.indicator(), district, time.get()), k -> new ArrayList<>())
                            .add(1.0);
                    continue;
                }
                Optional<String> raw = text(row, value.names());
                if (raw.isEmpty()) {
                    problems.add(value.indicator() + ": no " + String.join("/", value.names()));
                    continue;
                }
                OptionalDouble number = number(value, raw.get());
                if (number.isEmpty()) {
                    problems.add(value.indicator() + ": \"" + raw.get() + "\" is not a number"
                            + (value.codes().isEmpty() ? "" : " nor in the code table"));
                    continue;
                }
                values.computeIfAbsent(new Key(value.indicator(), district, time.get()), k -> new ArrayList<>())
                        .add(number.getAsDouble() * value.scale() + value.offset());
            }
            if (!problems.isEmpty()) {
                rejected.add(new Rejected(index, excerpt(row), String.join("; ", problems)));
            }
        }
        List<String> missing = found.entrySet().stream()
                .filter(entry -> entry.getValue() == 0 && !rows.isEmpty())
                .map(entry -> entry.getKey() + ": no row has " + String.join(" or ", namesOf(mapping, entry.getKey()))
                        + fieldsSeen(rows))
                .toList();
        List<ObservationInput> observations = new ArrayList<>(observations(mapping, values, perDistrict));
        zeroCounts(mapping, observations, fetchedAt);
        return new Mapped(observations, rejected, missing, rows.size());
    }

    private static List<ObservationInput> observations(
            SourceMapping mapping, Map<Key, List<Double>> values, Map<String, Boolean> perDistrict) {
        List<ObservationInput> observations = new ArrayList<>();
        Map<String, SourceMapping.Value> byIndicator = mapping.values().stream()
                .collect(Collectors.toMap(SourceMapping.Value::indicator, v -> v, (a, b) -> a, LinkedHashMap::new));
        Map<Key, List<Double>> city = new LinkedHashMap<>();
        for (Map.Entry<Key, List<Double>> entry : values.entrySet()) {
            Key key = entry.getKey();
            SourceMapping.Value value = byIndicator.get(key.indicator());
            double combined = combine(value.combine(), entry.getValue());
            if (key.district().isEmpty()) {
                observations.add(new ObservationInput(key.indicator(), null, key.time(), combined));
                continue;
            }
            if (perDistrict.getOrDefault(key.indicator(), true)) {
                observations.add(new ObservationInput(key.indicator(), key.district(), key.time(), combined));
            }
            if (value.city() != Combine.NONE) {
                city.computeIfAbsent(new Key(key.indicator(), "", key.time()), k -> new ArrayList<>())
                        .add(combined);
            }
        }
        // one citywide value per indicator: the districts' values at the latest time any district has
        Map<String, Instant> latest = new LinkedHashMap<>();
        city.keySet().forEach(key -> latest.merge(key.indicator(), key.time(), (a, b) -> a.isAfter(b) ? a : b));
        for (Map.Entry<Key, List<Double>> entry : city.entrySet()) {
            Key key = entry.getKey();
            if (key.time().equals(latest.get(key.indicator()))) {
                observations.add(new ObservationInput(
                        key.indicator(),
                        null,
                        key.time(),
                        combine(byIndicator.get(key.indicator()).city(), entry.getValue())));
            }
        }
        return observations;
    }

    /**
     * A count of rows read at the time of the fetch is 0 when no row counts (no disaster message today), not
     * missing: the city's value is recorded as 0.
     */
    private static void zeroCounts(SourceMapping mapping, List<ObservationInput> observations, Instant fetchedAt) {
        boolean atFetch = mapping.time().format() != null
                && mapping.time().format().strip().equalsIgnoreCase("NOW");
        for (SourceMapping.Value value : mapping.values()) {
            boolean counted =
                    observations.stream().anyMatch(o -> o.indicatorCode().equals(value.indicator()));
            if (atFetch
                    && value.combine() == Combine.COUNT
                    && !counted
                    && (mapping.district() == null || value.city() != Combine.NONE)) {
                observations.add(new ObservationInput(value.indicator(), null, fetchedAt, 0));
            }
        }
    }

    static double combine(Combine how, List<Double> values) {
        return switch (how) {
            case NONE, LAST -> values.getLast();
            case SUM, COUNT -> values.stream().mapToDouble(Double::doubleValue).sum();
            case AVERAGE ->
                values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case MIN -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            case MAX -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        };
    }

    private static OptionalDouble number(SourceMapping.Value value, String raw) {
        Double coded = value.codes().get(raw);
        if (coded != null) {
            return OptionalDouble.of(coded);
        }
        return FeedRows.parse(raw);
    }

    private static Optional<SeoulDistrict> district(Field field, String text) {
        String mapped = field.codes().getOrDefault(text, text);
        return SeoulDistrict.byCode(mapped)
                .or(() -> SeoulDistrict.byName(mapped))
                .or(() -> mapped.length() > 5 && mapped.chars().allMatch(Character::isDigit)
                        ? SeoulDistrict.byCode(mapped.substring(0, 5))
                        : Optional.empty());
    }

    private static boolean passes(SourceMapping.Filter filter, JsonNode row) {
        return text(row, filter.names()).map(filter.anyOf()::contains).orElse(false);
    }

    /** The row's time as the mapping reads it. */
    static Optional<Instant> time(Field field, JsonNode row, Instant fetchedAt) {
        String format = field.format() == null ? "ISO" : field.format().strip();
        if (format.equalsIgnoreCase("NOW")) {
            return Optional.of(fetchedAt);
        }
        Optional<String> text = text(row, field.names());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return parseTime(format, text.get());
    }

    static Optional<Instant> parseTime(String format, String text) {
        try {
            if (format.equalsIgnoreCase("EPOCH_MILLIS")) {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(text.strip())));
            }
            if (format.equalsIgnoreCase("ISO")) {
                return Optional.of(parseIso(text.strip()));
            }
            TemporalAccessor parsed = parsePattern(format, text.strip());
            if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return Optional.of(LocalDateTime.from(parsed).atZone(Seoul.ZONE).toInstant());
            }
            if (parsed.isSupported(ChronoField.DAY_OF_MONTH)) {
                return Optional.of(
                        LocalDate.from(parsed).atStartOfDay(Seoul.ZONE).toInstant());
            }
            return Optional.of(
                    YearMonth.from(parsed).atDay(1).atStartOfDay(Seoul.ZONE).toInstant());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The text by the pattern; a longer text (seconds or fractions the pattern has not) by its beginning. */
    private static TemporalAccessor parsePattern(String format, String text) {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format);
        try {
            return formatter.parse(text);
        } catch (DateTimeParseException tooLong) {
            int length = format.replace("'", "").length();
            if (text.length() > length) {
                return formatter.parse(text.substring(0, length));
            }
            throw tooLong;
        }
    }

    private static Instant parseIso(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            return text.length() <= 10
                    ? LocalDate.parse(text).atStartOfDay(Seoul.ZONE).toInstant()
                    : LocalDateTime.parse(text.replace(' ', 'T'))
                            .atZone(Seoul.ZONE)
                            .toInstant();
        }
    }

    /**
     * The first non-blank text among the names: a field of the row, or a JSON Pointer into it.
     */
    static Optional<String> text(JsonNode row, List<String> names) {
        for (String name : names) {
            JsonNode value = name.startsWith("/") ? row.at(name) : row.path(name);
            if (value.isValueNode() && !value.isNull()) {
                String text = (value.isString() ? value.asString() : value.toString()).strip();
                if (!text.isEmpty() && !text.equals("-")) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static String describeMissing(String what, Field field, JsonNode row) {
        return "no " + what + " (" + String.join("/", field.names()) + ")"
                + (row.isObject() ? "; the row has " + String.join(", ", row.propertyNames()) : "");
    }

    private static List<String> namesOf(SourceMapping mapping, String indicator) {
        return mapping.values().stream()
                .filter(v -> v.indicator().equals(indicator))
                .findFirst()
                .map(SourceMapping.Value::names)
                .orElse(List.of());
    }

    private static String fieldsSeen(List<JsonNode> rows) {
        JsonNode first = rows.getFirst();
        return first.isObject() ? " (fields seen: " + String.join(", ", first.propertyNames()) + ")" : "";
    }

    private static String excerpt(JsonNode row) {
        String text = row.toString();
        return text.length() <= ROW_EXCERPT ? text : text.substring(0, ROW_EXCERPT) + "…";
    }

    private record Key(String indicator, String district, Instant time) {}

    /** A row that gave nothing, or less than all its values, and why. */
    public record Rejected(int row, String excerpt, String reason) {}

    /**
     * What a mapping made of the rows.
     *
     * @param missingFields value fields no row has: a renamed field, most likely
     * @param rows          rows read
     */
    public record Mapped(
            List<ObservationInput> observations, List<Rejected> rejected, List<String> missingFields, int rows) {

        /** Whether the answer had rows and none of them gave a value, or a value field is missing everywhere. */
        public boolean broken() {
            return !missingFields.isEmpty() || (rows > 0 && observations.isEmpty());
        }

        /** Why the mapping is broken, for the health page and the tile. */
        public @Nullable String problem() {
            if (!missingFields.isEmpty()) {
                return "field missing upstream: " + String.join("; ", missingFields);
            }
            if (rows > 0 && observations.isEmpty()) {
                return "none of the " + rows + " rows could be mapped"
                        + (rejected.isEmpty()
                                ? ""
                                : ", for example row " + rejected.getFirst().row() + ": "
                                        + rejected.getFirst().reason());
            }
            return null;
        }
    }
}
