package kr.seoul.smartcity.civic.ui;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import kr.seoul.smartcity.base.ui.UploadTexts;
import kr.seoul.smartcity.civic.service.CivicIndexService;
import kr.seoul.smartcity.civic.service.InvalidIndexValueException;
import kr.seoul.smartcity.civic.service.ValueProblem;
import kr.seoul.smartcity.security.service.Viewer;

/** The upload that imports an index's values from a CSV file, saying how many came in or what is wrong on which line. */
class IndexCsvImport extends Composite<Section> {

    private final CivicIndexService civic;
    private final Viewer viewer;
    private final String username;
    private final Runnable imported;
    private final Function<ValueProblem, String> describe;

    /**
     * @param imported runs after values were imported
     * @param describe words a problem the service found, with its line
     */
    IndexCsvImport(
            CivicIndexService civic,
            Viewer viewer,
            String username,
            Runnable imported,
            Function<ValueProblem, String> describe) {
        this.civic = civic;
        this.viewer = viewer;
        this.username = username;
        this.imported = imported;
        this.describe = describe;
    }

    @Override
    protected Section initContent() {
        Div result = new Div();
        result.setId("civic-csv-result");
        Upload upload = new Upload(LimitedUploads.inMemory(
                CivicIndexService.MAX_UPLOAD_BYTES,
                1,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    result.removeAll();
                    if (!metadata.fileName().toLowerCase().endsWith(".csv")) {
                        result.add(errorParagraph(getTranslation("civic.csv.type")));
                        return;
                    }
                    try {
                        int count = civic.importCsv(
                                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                                viewer,
                                username);
                        Paragraph done =
                                new Paragraph(getTranslation("civic.csv.imported", count, metadata.fileName()));
                        done.addClassName("csv-success");
                        result.add(done);
                        imported.run();
                    } catch (InvalidIndexValueException e) {
                        e.problems().forEach(problem -> result.add(errorParagraph(describe.apply(problem))));
                    }
                }))));
        upload.setId("civic-csv-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize((int) CivicIndexService.MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        UploadI18N texts = UploadTexts.create();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("civic.csv.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("civic.csv.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("civic.csv.too-big"))
                .setIncorrectFileType(getTranslation("civic.csv.type")));
        upload.setI18n(texts);
        upload.addFileRejectedListener(rejected -> {
            result.removeAll();
            result.add(errorParagraph(rejected.getErrorMessage()));
        });
        Paragraph format = new Paragraph(getTranslation("civic.csv.format"));
        format.addClassName("page-lead");
        return Card.titled(getTranslation("civic.csv"), format, upload, result);
    }

    private static Paragraph errorParagraph(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("csv-error");
        return paragraph;
    }
}
