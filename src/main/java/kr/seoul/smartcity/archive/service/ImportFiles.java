package kr.seoul.smartcity.archive.service;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Where a bulk import takes its files from: a folder on disk or the entries of a ZIP archive. Files are named as the
 * metadata CSV names them, relative to the CSV; a name is looked up as written and in both Unicode forms, since
 * Korean file names made on a Mac arrive decomposed (NFD).
 */
interface ImportFiles extends Closeable {

    /** A file found: its name, its size if known (-1 if not), and how to read it. */
    interface Found {

        String name();

        long size();

        InputStream open() throws IOException;
    }

    /**
     * The file with this relative name.
     *
     * @throws IllegalArgumentException if the name leaves the folder (absolute, or with {@code ..})
     */
    Optional<Found> find(String name) throws IOException;

    /** The metadata CSV, if this source holds it. */
    Optional<Found> metadata() throws IOException;

    /** Refuses names that point outside the folder; turns backslashes into slashes. */
    static String clean(String name) {
        String path = name.strip().replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("The file name is empty");
        }
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("The file name " + name + " is absolute; give it relative to the CSV");
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                throw new IllegalArgumentException("The file name " + name + " points outside the import folder");
            }
        }
        return path;
    }

    /** The name as written, composed (NFC) and decomposed (NFD), without repeats. */
    static java.util.List<String> spellings(String name) {
        return java.util.stream.Stream.of(
                        name,
                        Normalizer.normalize(name, Normalizer.Form.NFC),
                        Normalizer.normalize(name, Normalizer.Form.NFD))
                .distinct()
                .toList();
    }

    /**
     * Reads at most {@code limit + 1} bytes, so that an oversized file (or a ZIP bomb) is noticed without reading it
     * all.
     */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            out.write(buffer, 0, n);
            total += n;
            if (total > limit) {
                break;
            }
        }
        return out.toByteArray();
    }
}
