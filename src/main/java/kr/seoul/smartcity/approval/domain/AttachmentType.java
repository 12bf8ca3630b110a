package kr.seoul.smartcity.approval.domain;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** The file types a document may carry, recognised by extension and by their first bytes. */
@NamedInterface("model")
public enum AttachmentType {
    PDF(List.of("pdf"), "25504446"),
    /** HWP 5: an OLE compound file. */
    HWP(List.of("hwp"), "d0cf11e0a1b11ae1"),
    /** HWPX, DOCX and XLSX are ZIP containers. */
    HWPX(List.of("hwpx"), "504b0304"),
    DOCX(List.of("docx"), "504b0304"),
    XLSX(List.of("xlsx"), "504b0304"),
    PNG(List.of("png"), "89504e470d0a1a0a"),
    JPEG(List.of("jpg", "jpeg"), "ffd8ff");

    private final List<String> extensions;
    private final byte[] magic;

    AttachmentType(List<String> extensions, String magicHex) {
        this.extensions = extensions;
        this.magic = HexFormat.of().parseHex(magicHex);
    }

    public static Optional<AttachmentType> byFilename(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.extensions.contains(extension))
                .findFirst();
    }

    public boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    public List<String> extensions() {
        return extensions;
    }
}
