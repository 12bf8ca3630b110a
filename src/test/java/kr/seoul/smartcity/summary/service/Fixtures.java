package kr.seoul.smartcity.summary.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The report texts and reference summaries written for the summary tests (src/test/resources/summary). */
final class Fixtures {

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/summary/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument document(String name) {
        String text = text(name);
        String title = text.lines().findFirst().orElse(name).strip();
        return new SourceDocument(
                "test:" + name, title, DocumentSources.sha256(text), new PassageSplitter().split(text));
    }
}
