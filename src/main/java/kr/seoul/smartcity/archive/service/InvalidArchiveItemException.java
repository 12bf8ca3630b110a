package kr.seoul.smartcity.archive.service;

/** An item or file that cannot be stored; the message says why, in words a user understands. */
public class InvalidArchiveItemException extends IllegalArgumentException {

    InvalidArchiveItemException(String message) {
        super(message);
    }
}
