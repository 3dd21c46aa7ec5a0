package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.base.ui.UploadTexts;
import org.perfgoals.monitoring.ConcurrentWriteException;
import org.perfgoals.monitoring.QuarterTemplateService;
import org.perfgoals.monitoring.ReportLockedException;
import org.perfgoals.monitoring.StaleEditException;
import org.perfgoals.monitoring.TemplateFile;
import org.perfgoals.monitoring.TemplateUpload;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.template.TemplateReader;
import org.perfgoals.monitoring.template.TemplateRejectedException;
import org.perfgoals.monitoring.template.TemplateWorkbook;
import org.springframework.security.access.AccessDeniedException;

/**
 * Excel filling beside the entry form: download the quarter's template (read when the link is clicked, with what is
 * stored then), and upload a filled one. An upload is first checked as a dry run and shown value by value
 * ({@link TemplatePreviewDialog}); only the confirm saves it, as if typed here. Refusals name sheet, row and column.
 */
class TemplateButtons extends HorizontalLayout {

    final Anchor download;
    final Upload upload;
    private final QuarterTemplateService templates;
    private final long projectId;
    private final Period period;
    private final Runnable onSaved;

    TemplateButtons(QuarterTemplateService templates, PeriodSheet sheet, boolean editable, Runnable onSaved) {
        this.templates = templates;
        this.projectId = sheet.project().id();
        this.period = sheet.period();
        this.onSaved = onSaved;
        addClassName("template-buttons");
        int year = period.year();
        int quarter = period.quarter().orElseThrow();
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                TemplateFile file = templates.projectTemplate(projectId, year, quarter);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        TemplateWorkbook.CONTENT_TYPE, file.content().length);
            } catch (NotFoundException missing) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AccessDeniedException denied) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(
                getTranslation("template.download")));
        download.addClassName("template-download");
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> received(data));
        }));
        upload.setI18n(UploadTexts.of(this));
        upload.setUploadButton(new Button(getTranslation("template.upload"),
                VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TemplateReader.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xlsx", TemplateWorkbook.CONTENT_TYPE);
        upload.addFileRejectedListener(event -> EntryNotices.notify(event.getErrorMessage(),
                NotificationVariant.LUMO_ERROR));
        add(download, upload);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setVisible(editable);
    }

    /** A filled template arrived: check it as a dry run and show what it would change, or why it is refused. */
    void received(byte[] data) {
        upload.clearFileList();
        int year = period.year();
        int quarter = period.quarter().orElseThrow();
        TemplateUpload preview = attempt(() -> templates.upload(year, quarter, data, true));
        if (preview == null) {
            return;
        }
        if (preview.projects().isEmpty()) {
            EntryNotices.notify(getTranslation("template.nothingChanged"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        new TemplatePreviewDialog(preview, () -> {
            TemplateUpload saved = attempt(() -> templates.upload(year, quarter, data, false));
            if (saved != null) {
                EntryNotices.notify(getTranslation("template.saved", saved.changeCount()),
                        NotificationVariant.LUMO_SUCCESS);
                onSaved.run();
            }
            return saved != null;
        }).open();
    }

    /** Runs an upload; a refusal is shown (the cells in a dialog, the rest as a notice) and gives null. */
    private TemplateUpload attempt(Supplier<TemplateUpload> action) {
        try {
            return action.get();
        } catch (TemplateRejectedException rejected) {
            new TemplatePreviewDialog(rejected.getProblems()).open();
        } catch (ConcurrentWriteException raced) {
            EntryNotices.conflict(getTranslation("monitoring.concurrentWrite"));
        } catch (StaleEditException stale) {
            EntryNotices.conflict(getTranslation("template.stale", String.valueOf(stale.getChangedBy())));
        } catch (ReportLockedException locked) {
            EntryNotices.notify(getTranslation("monitoring.locked", ChangeWords.stateName(this, locked.getState())),
                    NotificationVariant.LUMO_ERROR);
        } catch (NotFoundException | AccessDeniedException denied) {
            EntryNotices.notify(getTranslation("template.notYours"), NotificationVariant.LUMO_ERROR);
        } catch (MonitoringValidationException invalid) {
            EntryNotices.notify(getTranslation("template.otherQuarter"), NotificationVariant.LUMO_ERROR);
        }
        return null;
    }
}
