package kr.seoul.smartcity.summary.service;

/** A document that needs more parts than the model may be asked about. */
class DocumentTooLongException extends RuntimeException {

    DocumentTooLongException(int parts, int maxParts) {
        super("The document needs " + parts + " parts; at most " + maxParts + " are sent");
    }
}
