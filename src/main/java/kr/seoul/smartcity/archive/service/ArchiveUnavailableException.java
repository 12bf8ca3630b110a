package kr.seoul.smartcity.archive.service;

/** The search index cannot be reached; PostgreSQL still holds everything and the index catches up later. */
public class ArchiveUnavailableException extends RuntimeException {

    ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
