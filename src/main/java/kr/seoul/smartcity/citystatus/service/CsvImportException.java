package kr.seoul.smartcity.citystatus.service;

import java.util.List;

/** An upload that was refused whole: nothing of it was imported. */
public class CsvImportException extends RuntimeException {

    private final List<CsvRowError> errors;

    CsvImportException(List<CsvRowError> errors) {
        super(errors.size() + " line(s) cannot be imported; first: line "
                + errors.get(0).line() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<CsvRowError> errors() {
        return errors;
    }
}
