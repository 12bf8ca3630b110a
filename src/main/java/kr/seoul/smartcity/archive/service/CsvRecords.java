package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: commas, double quotes, quoted commas, quotes and line breaks) one record at a time from a
 * reader, so that a large file is never held in memory. A byte order mark at the start is skipped.
 */
final class CsvRecords {

    /** One record and the line of the file it starts on (1-based). */
    record Record(int line, List<String> values) {

        boolean blank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    private final Reader reader;
    private int line = 1;
    private int pushedBack = -2;
    private boolean started;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws IllegalArgumentException if a quoted value is not closed before the end of the input
     */
    Record next() {
        try {
            int c = read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = read();
                }
            }
            if (c == -1) {
                return null;
            }
            int startLine = line;
            List<String> values = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalArgumentException("A quoted value that starts on line " + startLine
                                + " is never closed with a double quote");
                    }
                    if (c == '"') {
                        int following = read();
                        if (following == '"') {
                            value.append('"');
                        } else {
                            quoted = false;
                            c = following;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        value.append((char) c);
                    }
                } else if (c == '"' && value.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    values.add(value.toString());
                    value.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int following = read();
                        if (following != '\n') {
                            pushedBack = following;
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    values.add(value.toString());
                    return new Record(startLine, values);
                } else {
                    value.append((char) c);
                }
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }
}
