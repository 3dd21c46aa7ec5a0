package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** An upload's own words (button, drop hint, refusals, progress) from the bundles, not its English defaults. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component context) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(context.getTranslation("upload.addFile"))
                        .setMany(context.getTranslation("upload.addFile")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(context.getTranslation("upload.dropFile"))
                        .setMany(context.getTranslation("upload.dropFile")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(context.getTranslation("upload.error.tooManyFiles"))
                        .setFileIsTooBig(context.getTranslation("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(context.getTranslation("upload.error.incorrectFileType")))
                .setFile(new UploadI18N.File().setRetry(context.getTranslation("upload.file.retry"))
                        .setStart(context.getTranslation("upload.file.start"))
                        .setRemove(context.getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(context.getTranslation("upload.status.connecting"))
                                .setStalled(context.getTranslation("upload.status.stalled"))
                                .setProcessing(context.getTranslation("upload.status.processing"))
                                .setHeld(context.getTranslation("upload.status.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(context.getTranslation("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(
                                        context.getTranslation("upload.error.unexpectedServerError"))
                                .setForbidden(context.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(context.getTranslation("upload.error.fileIsTooBig"))));
    }
}
