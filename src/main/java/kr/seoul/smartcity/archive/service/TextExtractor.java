package kr.seoul.smartcity.archive.service;

import org.jspecify.annotations.Nullable;

/** Reads the text of a document file. */
public interface TextExtractor {

    /** The detected media type of the bytes, using the file name as a hint. */
    String detectType(byte[] content, String fileName);

    /** The text of the file, or a failure with its reason; never throws for a bad file. */
    Extraction extract(byte[] content, String fileName);

    record Extraction(String text, @Nullable String error) {

        public static Extraction ok(String text) {
            return new Extraction(text, null);
        }

        public static Extraction failed(String reason) {
            return new Extraction("", reason);
        }

        public boolean succeeded() {
            return error == null;
        }
    }
}
