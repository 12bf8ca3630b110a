package kr.seoul.smartcity.archive.service;

/** A search query that cannot be understood; the message says what is wrong with it. */
public class InvalidArchiveQueryException extends IllegalArgumentException {

    InvalidArchiveQueryException(String message) {
        super(message);
    }
}
