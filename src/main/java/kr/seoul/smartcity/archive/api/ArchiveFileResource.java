package kr.seoul.smartcity.archive.api;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import kr.seoul.smartcity.archive.domain.FileContent;
import org.springframework.core.io.AbstractResource;

/**
 * An archive file as a Spring {@code Resource}: Spring MVC answers {@code Range} requests for it (206, 416,
 * several ranges) and copies only the bytes asked for, which the file reads from the database a part at a time.
 */
final class ArchiveFileResource extends AbstractResource {

    /** Types a browser shows without running anything of the file; everything else is downloaded. */
    private static final Set<String> SHOWN_INLINE =
            Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain");

    private final FileContent file;

    ArchiveFileResource(FileContent file) {
        this.file = file;
    }

    /** Whether the browser may show it in place rather than save it: never HTML, SVG, XML or scripts. */
    static boolean showsInline(String contentType) {
        String type = contentType == null
                ? ""
                : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return SHOWN_INLINE.contains(type);
    }

    @Override
    public InputStream getInputStream() {
        return file.open();
    }

    @Override
    public long contentLength() {
        return file.size();
    }

    @Override
    public String getFilename() {
        return file.fileName();
    }

    @Override
    public String getDescription() {
        return "archive file " + file.fileId() + " of item " + file.itemId();
    }

    @Override
    public boolean exists() {
        return true;
    }
}
