package kr.seoul.smartcity.archive.domain;

/** The bytes of one file, for download. */
public record FileContent(long fileId, long itemId, String fileName, String contentType, String sha256, byte[] content) {
}
