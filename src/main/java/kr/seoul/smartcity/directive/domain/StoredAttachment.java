package kr.seoul.smartcity.directive.domain;

/** A stored file with its bytes, to download. */
public record StoredAttachment(String fileName, String type, byte[] content) {

    public String contentType() {
        return switch (type) {
            case "PDF" -> "application/pdf";
            case "PNG" -> "image/png";
            case "JPEG" -> "image/jpeg";
            default -> "application/octet-stream";
        };
    }
}
