package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The files of a folder on disk, with the metadata CSV at a given path. */
final class FolderFiles implements ImportFiles {

    private final Path folder;
    private final Path csv;

    FolderFiles(Path folder, Path csv) {
        this.folder = folder.toAbsolutePath().normalize();
        this.csv = csv;
    }

    @Override
    public Optional<Found> find(String name) throws IOException {
        String clean = ImportFiles.clean(name);
        for (String spelling : ImportFiles.spellings(clean)) {
            Path path = folder.resolve(spelling).normalize();
            if (path.startsWith(folder) && Files.isRegularFile(path)) {
                return Optional.of(found(clean, path));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Found> metadata() throws IOException {
        return Files.isRegularFile(csv) ? Optional.of(found(csv.getFileName().toString(), csv)) : Optional.empty();
    }

    private static Found found(String name, Path path) throws IOException {
        long size = Files.size(path);
        return new Found() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }

    @Override
    public void close() {
        // nothing held open
    }
}
