package kr.seoul.smartcity.citystatus.service;

/** A value that cannot be recorded: unknown indicator or district, or not a number. */
public class InvalidObservationException extends IllegalArgumentException {

    InvalidObservationException(String message) {
        super(message);
    }
}
