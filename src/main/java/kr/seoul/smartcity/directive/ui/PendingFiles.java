package kr.seoul.smartcity.directive.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import kr.seoul.smartcity.base.ui.UploadTexts;

/**
 * Files chosen for an update or report, checked the moment they arrive with e-approval's rules (type by name and
 * first bytes, at most 20 MB): a refused file is named with the reason and nothing else is lost.
 */
class PendingFiles extends Composite<Div> {

    private final List<kr.seoul.smartcity.directive.service.Upload> files = new ArrayList<>();
    private final Div list = new Div();

    PendingFiles(String id) {
        Upload upload = new Upload(LimitedUploads.inMemory(
                AttachmentCheck.MAX_SIZE,
                10,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> accept(metadata.fileName(), bytes)))));
        upload.setId(id);
        upload.setI18n(UploadTexts.create());
        upload.setMaxFileSize((int) AttachmentCheck.MAX_SIZE);
        upload.addFileRejectedListener(
                rejected -> refuse(rejected.getFileName(), getTranslation("approval.attachment.too-large")));
        list.addClassName("pending-files");
        Paragraph help = new Paragraph(getTranslation("directive.files.help"));
        help.addClassName("directive-help");
        getContent().add(help, upload, list);
    }

    private void accept(String fileName, byte[] bytes) {
        try {
            AttachmentCheck.check(fileName, bytes);
            files.add(new kr.seoul.smartcity.directive.service.Upload(fileName, bytes));
            Span name = new Span(fileName + " (" + bytes.length + " B)");
            name.addClassName("pending-file");
            list.add(name);
        } catch (InvalidAttachmentException refused) {
            refuse(fileName, getTranslation(refused.messageKey()));
        }
    }

    private void refuse(String fileName, String reason) {
        Notification notification = Notification.show(
                getTranslation("directive.file-refused", fileName, reason), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    List<kr.seoul.smartcity.directive.service.Upload> files() {
        return List.copyOf(files);
    }

    void clear() {
        files.clear();
        list.removeAll();
    }
}
