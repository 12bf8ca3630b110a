package kr.seoul.smartcity.approval.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A document number: form abbreviation, year and serial within that form and year, e.g. {@code DP-2026-00042}. */
public record DocumentNumber(FormType form, int year, long serial) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})-(\\d{4})-(\\d{5,})");

    public DocumentNumber {
        if (year < 1000 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("Bad document number parts " + year + "/" + serial);
        }
    }

    public static DocumentNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a document number: " + text);
        }
        for (FormType form : FormType.values()) {
            if (form.abbreviation().equals(matcher.group(1))) {
                return new DocumentNumber(form, Integer.parseInt(matcher.group(2)), Long.parseLong(matcher.group(3)));
            }
        }
        throw new IllegalArgumentException("Unknown form in " + text);
    }

    @Override
    public String toString() {
        return "%s-%04d-%05d".formatted(form.abbreviation(), year, serial);
    }
}
