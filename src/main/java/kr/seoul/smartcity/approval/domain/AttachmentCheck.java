package kr.seoul.smartcity.approval.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.modulith.NamedInterface;

/** Checks an attachment before it is stored: allowed type by extension and magic bytes, and at most 20 MB. */
@NamedInterface("model")
public final class AttachmentCheck {

    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private AttachmentCheck() {}

    /**
     * The type of an acceptable file.
     *
     * @throws InvalidAttachmentException with a message for the uploader when the file is refused
     */
    public static AttachmentType check(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidAttachmentException("approval.attachment.empty", filename + " is empty");
        }
        if (content.length > MAX_SIZE) {
            throw new InvalidAttachmentException(
                    "approval.attachment.too-large", filename + " is larger than 20 MB (" + content.length + " bytes)");
        }
        AttachmentType type = AttachmentType.byFilename(filename == null ? "" : filename)
                .orElseThrow(() -> new InvalidAttachmentException(
                        "approval.attachment.type-not-allowed",
                        filename + ": only PDF, HWP, HWPX, DOCX, XLSX, PNG and JPEG files may be attached"));
        if (!type.matches(content)) {
            throw new InvalidAttachmentException(
                    "approval.attachment.content-mismatch", filename + " does not contain a " + type + " file");
        }
        return type;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
