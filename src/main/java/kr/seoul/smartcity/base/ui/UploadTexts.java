package kr.seoul.smartcity.base.ui;

import java.util.List;

import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every word of an upload in the viewer's language: the button and the drop hint (one file or several), the refusals,
 * a file's buttons and its states while it travels. Without them Vaadin shows its English defaults ("Upload Files...",
 * "Drop files here") on a Korean page. A screen sets its own button and refusal words over these where it has them.
 */
public final class UploadTexts {

    private UploadTexts() {}

    /** The words in the language of the current UI. */
    public static UploadI18N create() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(t("upload.add.one")).setMany(t("upload.add.many")));
        texts.setDropFiles(
                new UploadI18N.DropFiles().setOne(t("upload.drop.one")).setMany(t("upload.drop.many")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(t("upload.error.too-many"))
                .setFileIsTooBig(t("upload.error.too-big"))
                .setIncorrectFileType(t("upload.error.type")));
        texts.setFile(new UploadI18N.File()
                .setRetry(t("upload.file.retry"))
                .setStart(t("upload.file.start"))
                .setRemove(t("upload.file.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t("upload.status.connecting"))
                        .setStalled(t("upload.status.stalled"))
                        .setProcessing(t("upload.status.processing"))
                        .setHeld(t("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t("upload.remaining.prefix"))
                        .setUnknown(t("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t("upload.error.server-unavailable"))
                        .setUnexpectedServerError(t("upload.error.unexpected"))
                        .setForbidden(t("upload.error.forbidden"))
                        .setFileTooLarge(t("upload.error.too-big"))));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }

    private static String t(String key) {
        return I18NProvider.translate(key);
    }
}
