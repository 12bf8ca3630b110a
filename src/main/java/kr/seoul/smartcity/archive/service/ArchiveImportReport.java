package kr.seoul.smartcity.archive.service;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a bulk import did, row by row. {@code problem} is set when the import could not start at all (no metadata
 * file, a missing column, an unreadable archive); then there are no rows.
 */
public record ArchiveImportReport(List<Row> rows, @Nullable String problem) {

    public enum Outcome {
        IMPORTED,
        FAILED
    }

    /**
     * One row of the metadata CSV.
     *
     * @param line   the line of the CSV the row starts on (the header is line 1)
     * @param file   the file(s) the row names, as written
     * @param itemId the archive item made from it, if imported
     * @param reason why it failed, in words a person understands; empty when imported
     */
    public record Row(
            int line,
            String file,
            Outcome outcome,
            @Nullable Long itemId,
            String reason) {

        static Row imported(int line, String file, long itemId) {
            return new Row(line, file, Outcome.IMPORTED, itemId, "");
        }

        static Row failed(int line, String file, String reason) {
            return new Row(line, file, Outcome.FAILED, null, reason);
        }
    }

    public ArchiveImportReport {
        rows = List.copyOf(rows);
    }

    static ArchiveImportReport refused(String problem) {
        return new ArchiveImportReport(List.of(), problem);
    }

    public long imported() {
        return rows.stream().filter(row -> row.outcome() == Outcome.IMPORTED).count();
    }

    public long failed() {
        return rows.stream().filter(row -> row.outcome() == Outcome.FAILED).count();
    }

    /** True when the import ran and every row was imported. */
    public boolean allImported() {
        return problem == null && !rows.isEmpty() && failed() == 0;
    }

    public List<Row> failures() {
        return rows.stream().filter(row -> row.outcome() == Outcome.FAILED).toList();
    }

    /** The failed rows as CSV (line,file,reason), with a header, to fix and import again. */
    public String failuresCsv() {
        StringBuilder csv = new StringBuilder("line,file,reason\r\n");
        if (problem != null) {
            csv.append("0,,").append(quote(problem)).append("\r\n");
        }
        for (Row row : failures()) {
            csv.append(row.line())
                    .append(',')
                    .append(quote(row.file()))
                    .append(',')
                    .append(quote(row.reason()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String value) {
        String safe = value == null ? "" : value;
        // a leading =, +, - or @ would be run as a formula by spreadsheet programs
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
