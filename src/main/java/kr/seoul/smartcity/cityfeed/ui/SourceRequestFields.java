package kr.seoul.smartcity.cityfeed.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;

/**
 * How a declared source is fetched: the fields its kind needs (a Seoul Open Data service and parameters, an address
 * with its query and key header, a database's SQL and user, a CSV's delimiter and character set), the others hidden.
 */
class SourceRequestFields extends FormLayout {

    private final TextField service = new TextField();
    private final TextField params = new TextField();
    private final TextField url = new TextField();
    private final TextArea query = new TextArea();
    private final TextField keyHeader = new TextField();
    private final TextField rows = new TextField();
    private final TextArea sql = new TextArea();
    private final TextField user = new TextField();
    private final TextField delimiter = new TextField();
    private final TextField charset = new TextField();

    SourceRequestFields() {
        SourceFieldTexts.label(service, "service", "data-source.service.help");
        SourceFieldTexts.label(params, "params", "data-source.params.help");
        SourceFieldTexts.label(url, "url", "data-source.url.help");
        SourceFieldTexts.label(query, "query", "data-source.query.help");
        SourceFieldTexts.label(keyHeader, "key-header", null);
        SourceFieldTexts.label(rows, "rows", "data-source.rows.help");
        SourceFieldTexts.label(sql, "sql", "data-source.sql.help");
        SourceFieldTexts.label(user, "user", null);
        SourceFieldTexts.label(delimiter, "delimiter", null);
        SourceFieldTexts.label(charset, "charset", "data-source.charset.help");
        add(service, params, url, query, keyHeader, rows, sql, user, delimiter, charset);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
        setColspan(sql, 2);
    }

    /** Shows the fields the kind of source needs and hides the others. */
    void showFieldsOf(SourceKind chosen) {
        boolean seoul = chosen == SourceKind.SEOUL_OPEN_DATA;
        boolean http = chosen == SourceKind.HTTP_JSON || chosen == SourceKind.HTTP_CSV;
        boolean jdbc = chosen == SourceKind.JDBC;
        boolean csv = chosen == SourceKind.HTTP_CSV || chosen == SourceKind.FILE;
        service.setVisible(seoul);
        params.setVisible(seoul);
        url.setVisible(http || jdbc || chosen == SourceKind.FILE);
        url.setLabel(getTranslation(
                jdbc ? "data-source.jdbc-url" : chosen == SourceKind.FILE ? "data-source.file" : "data-source.url"));
        query.setVisible(http);
        keyHeader.setVisible(http);
        rows.setVisible(seoul || chosen == SourceKind.HTTP_JSON);
        sql.setVisible(jdbc);
        user.setVisible(jdbc);
        delimiter.setVisible(csv);
        charset.setVisible(csv);
    }

    void show(SourceRequest request) {
        service.setValue(SourceFieldTexts.text(request.service()));
        params.setValue(String.join(", ", request.params()));
        url.setValue(SourceFieldTexts.text(request.url()));
        query.setValue(SourceFieldTexts.lines(request.query()));
        keyHeader.setValue(SourceFieldTexts.text(request.keyHeader()));
        rows.setValue(SourceFieldTexts.text(request.rows()));
        sql.setValue(SourceFieldTexts.text(request.sql()));
        user.setValue(SourceFieldTexts.text(request.user()));
        delimiter.setValue(SourceFieldTexts.text(request.delimiter()));
        charset.setValue(SourceFieldTexts.text(request.charset()));
    }

    /** The request as the fields have it. */
    SourceRequest request() {
        return new SourceRequest(
                SourceFieldTexts.blankToNull(service.getValue()),
                SourceFieldTexts.list(params.getValue()),
                SourceFieldTexts.blankToNull(url.getValue()),
                SourceFieldTexts.pairs(query.getValue()),
                SourceFieldTexts.blankToNull(keyHeader.getValue()),
                SourceFieldTexts.blankToNull(rows.getValue()),
                SourceFieldTexts.blankToNull(sql.getValue()),
                SourceFieldTexts.blankToNull(user.getValue()),
                SourceFieldTexts.blankToNull(delimiter.getValue()),
                SourceFieldTexts.blankToNull(charset.getValue()));
    }

    /** The field a problem of the service is about, if it is one of these. */
    HasValidation field(String problemField) {
        return switch (problemField) {
            case "service" -> service;
            case "url" -> url;
            case "sql" -> sql;
            case "rows" -> rows;
            default -> null;
        };
    }

    void clearMarks() {
        service.setInvalid(false);
        url.setInvalid(false);
        sql.setInvalid(false);
        rows.setInvalid(false);
    }
}
