package kr.seoul.smartcity.cityfeed.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import kr.seoul.smartcity.base.ui.UploadTexts;
import kr.seoul.smartcity.cityfeed.service.DeclaredSources;

/**
 * The CSV upload of a file source. Why a file was refused (too big, not a CSV, or not readable as the source
 * declares) is shown under the upload, tied to it as its description and announced at once.
 */
class SourceFileUpload extends Div {

    static final String ERROR_ID = "source-upload-error";

    private final Paragraph error = new Paragraph();

    SourceFileUpload() {
        setId("source-upload");
        error.setId(ERROR_ID);
        error.addClassName("form-problem");
        error.getElement().setAttribute("role", "alert");
    }

    /**
     * Offers the upload; every file received goes to {@code received} in the UI's session.
     *
     * @param refused receives the reason the browser refused a file, as the component words it
     */
    void offer(Consumer<byte[]> received, Consumer<String> refused) {
        Upload file = new Upload(LimitedUploads.inMemory(
                DeclaredSources.MAX_UPLOAD_BYTES,
                1,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> received.accept(bytes)))));
        file.setAcceptedFileTypes("text/csv", ".csv");
        file.setMaxFileSize(DeclaredSources.MAX_UPLOAD_BYTES);
        file.setMaxFiles(1);
        file.setId("source-file-upload");
        file.getElement().setAttribute("aria-describedby", ERROR_ID);
        UploadI18N texts = UploadTexts.create();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("data-source.upload.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("data-source.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("data-source.upload.too-big"))
                .setIncorrectFileType(getTranslation("data-source.upload.type")));
        file.setI18n(texts);
        file.addFileRejectedListener(rejected -> {
            problem(rejected.getErrorMessage());
            refused.accept(rejected.getErrorMessage());
        });
        error.setVisible(false);
        add(new H2(getTranslation("data-source.upload")), file, error);
    }

    /** Shows why the file was not taken, under the upload; {@code null} clears it. */
    void problem(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }
}
