package kr.seoul.smartcity.approval.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import kr.seoul.smartcity.base.ui.UploadTexts;

/** A draft's attachments: the files of its current version and the upload (shown once the draft is saved). */
class AttachmentPanel extends Composite<Section> {

    private final Div attachmentList = new Div();
    private final Div uploadArea = new Div();

    /** {@code uploaded} gets each accepted file's name and bytes, in the UI's session. */
    AttachmentPanel(BiConsumer<String, byte[]> uploaded) {
        Upload upload = new Upload(LimitedUploads.inMemory(
                AttachmentCheck.MAX_SIZE,
                10,
                (metadata, bytes) ->
                        getUI().ifPresent(ui -> ui.access(() -> uploaded.accept(metadata.fileName(), bytes)))));
        upload.setMaxFileSize((int) AttachmentCheck.MAX_SIZE);
        upload.addFileRejectedListener(rejected -> ApprovalUi.error(this, "approval.attachment.too-large"));
        upload.setId("draft-upload");
        upload.setI18n(UploadTexts.create());
        uploadArea.add(new Paragraph(getTranslation("approval.attachments.help")), upload, attachmentList);
    }

    @Override
    protected Section initContent() {
        return Card.titled(getTranslation("approval.attachments"), uploadArea);
    }

    void show(List<AttachmentInfo> attachments, boolean uploads) {
        uploadArea.setVisible(uploads);
        attachmentList.removeAll();
        attachments.forEach(a -> attachmentList.add(new Div(new Span(a.filename()))));
    }

    void hideUploads() {
        uploadArea.setVisible(false);
    }
}
