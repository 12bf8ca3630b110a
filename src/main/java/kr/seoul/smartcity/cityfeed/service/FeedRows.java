package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;

import kr.seoul.smartcity.base.domain.Seoul;
import tools.jackson.databind.JsonNode;

/**
 * Reading feed rows defensively: values usually arrive as strings ({@code "12"}, {@code "1,234.5"}, {@code ""},
 * {@code "-"}), fields are renamed over time, so each value is looked up under all the names it has had.
 */
final class FeedRows {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private FeedRows() {}

    /** The first non-blank text among the fields, under any of their names. */
    static Optional<String> text(JsonNode row, String... names) {
        for (String name : names) {
            JsonNode value = row.path(name);
            if (value.isValueNode() && !value.isNull()) {
                String text = value.asString().strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /** The first field that holds a number (as a number or a numeric string), under any of its names. */
    static OptionalDouble number(JsonNode row, String... names) {
        for (String name : names) {
            JsonNode value = row.path(name);
            if (value.isNumber()) {
                return OptionalDouble.of(value.asDouble());
            }
            if (value.isString()) {
                OptionalDouble parsed = parse(value.asString());
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return OptionalDouble.empty();
    }

    static OptionalDouble parse(String text) {
        String cleaned = text.replace(",", "").strip();
        if (cleaned.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(cleaned);
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    /** {@code yyyyMMddHHmm} (longer values are cut to minutes) in Seoul time. */
    static Optional<Instant> minutes(String text) {
        String digits = text.replaceAll("\\D", "");
        if (digits.length() < 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(digits.substring(0, 12), MINUTES)
                    .atZone(Seoul.ZONE)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date {@code yyyyMMdd} and an hour 0-23, in Seoul time. */
    static Optional<Instant> dateAndHour(String date, String hour) {
        try {
            int h = Integer.parseInt(hour.strip());
            if (h < 0 || h > 23) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.parse(date.strip(), DATE)
                    .atTime(h, 0)
                    .atZone(Seoul.ZONE)
                    .toInstant());
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A date and time written with separators, {@code yyyy-MM-dd HH:mm[:ss]} or {@code yyyy/MM/dd HH:mm:ss}, in
     * Seoul time; anything after the seconds (such as {@code .0}) is ignored.
     */
    static Optional<Instant> dateTime(String text) {
        String digits = text.replaceAll("\\D", "");
        if (digits.length() < 12) {
            return Optional.empty();
        }
        String padded = digits.length() >= 14 ? digits.substring(0, 14) : digits.substring(0, 12) + "00";
        try {
            return Optional.of(LocalDateTime.parse(padded, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    .atZone(Seoul.ZONE)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The node itself, or its first element if it is an array (feeds wrap single objects in arrays). */
    static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }
}
