package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The entries of a ZIP archive on disk. The metadata CSV is {@code metadata.csv} at the top of the archive or in its
 * one top folder; file names in the CSV are relative to it. Entry names are read as UTF-8, or as CP949 (what Korean
 * Windows tools write) when they are not valid UTF-8.
 */
final class ZipFiles implements ImportFiles {

    static final String METADATA = "metadata.csv";

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final String base;
    private final String metadataName;

    ZipFiles(Path file) throws IOException {
        this.zip = open(file);
        String metadataAt = null;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            String name = Normalizer.normalize(entry.getName().replace('\\', '/'), Normalizer.Form.NFC);
            entries.put(name, entry);
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if ((lower.equals(METADATA)
                            || lower.endsWith("/" + METADATA) && lower.indexOf('/') == lower.lastIndexOf('/'))
                    && !lower.startsWith("__macosx/")
                    && (metadataAt == null || name.length() < metadataAt.length())) {
                metadataAt = name;
            }
        }
        this.base = metadataAt == null ? "" : metadataAt.substring(0, metadataAt.length() - METADATA.length());
        this.metadataName = metadataAt;
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return checked(new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        } catch (ZipException | IllegalArgumentException e) {
            try {
                return checked(new ZipFile(file.toFile(), Charset.forName("x-windows-949")));
            } catch (ZipException | IllegalArgumentException again) {
                throw new IOException("The file is not a ZIP archive that can be read (" + e.getMessage() + ")", e);
            }
        }
    }

    /** Reads every entry name once, so that a bad name encoding shows here and not halfway through an import. */
    private static ZipFile checked(ZipFile zip) throws IOException {
        try {
            Collections.list(zip.entries()).forEach(ZipEntry::getName);
            return zip;
        } catch (IllegalArgumentException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public Optional<Found> find(String name) {
        String clean = Normalizer.normalize(ImportFiles.clean(name), Normalizer.Form.NFC);
        return Optional.ofNullable(entries.get(base + clean)).map(entry -> found(clean, entry));
    }

    @Override
    public Optional<Found> metadata() {
        return Optional.ofNullable(metadataName).map(name -> found(name, entries.get(name)));
    }

    private Found found(String name, ZipEntry entry) {
        return new Found() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return entry.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return zip.getInputStream(entry);
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
