package kr.seoul.smartcity.archive.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/** {@link TextExtractor} with Apache Tika's standard parsers (PDF, Office, HTML, text, ...). */
@Component
class TikaTextExtractor implements TextExtractor {

    /** Characters kept per file: enough for any report, bounded for the index. */
    static final int MAX_CHARS = 2_000_000;

    /**
     * Tika's detector and parsers, made when the first file is read rather than at start-up: making them loads
     * every parser module Tika finds (about 2.5 s of the production jar's start on two cores, see BENCHMARKS.md).
     * Both are thread-safe, so one of each serves everyone.
     */
    private static final class Parsers {
        static final Tika TIKA = new Tika();
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    @Override
    public String detectType(byte[] content, String fileName) {
        return Parsers.TIKA.detect(content, fileName);
    }

    @Override
    public Extraction extract(byte[] content, String fileName) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new ByteArrayInputStream(content)) {
            Parsers.PARSER.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            return Extraction.failed("The file is encrypted or password-protected");
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Extraction.ok(normalise(handler.toString()));
            }
            return Extraction.failed("The file could not be read: " + reason(e));
        } catch (TikaException | IOException | RuntimeException e) {
            return Extraction.failed("The file could not be read: " + reason(e));
        }
        String text = normalise(handler.toString());
        if (text.isBlank()) {
            return Extraction.failed("No text found in the file (" + metadata.get(Metadata.CONTENT_TYPE)
                    + "): a scanned image, an empty document or a format Tika cannot read");
        }
        return Extraction.ok(text);
    }

    private static String normalise(String text) {
        return text.replace('\u0000', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n\n")
                .strip();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
