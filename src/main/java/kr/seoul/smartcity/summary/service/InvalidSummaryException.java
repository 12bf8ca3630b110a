package kr.seoul.smartcity.summary.service;

/** The model's answer is not a summary of the form asked for. */
class InvalidSummaryException extends RuntimeException {

    InvalidSummaryException(String message) {
        super(message);
    }
}
