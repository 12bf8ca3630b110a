package kr.seoul.smartcity.call.service;

/** The media server refused a request or could not be reached; the message says which and why. */
public class MediaServerException extends RuntimeException {

    private final int status;

    public MediaServerException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the media server answered, or 0 if it did not answer. */
    public int status() {
        return status;
    }
}
