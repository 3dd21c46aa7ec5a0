package org.perfgoals.importer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.perfgoals.base.ui.UploadTexts;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.importer.DuplicateProjectException;
import org.perfgoals.importer.ReplaceRefusedException;
import org.perfgoals.importer.UnitNotWritableException;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Upload a form file, look at what would be stored with every warning and error, then confirm. Parsing runs off the
 * request thread so the progress bar shows; the result is pushed back to the page.
 */
@Route("import")
@Menu(title = "nav.import", order = 9, icon = "vaadin:upload")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final VerticalLayout preview = new VerticalLayout();
    final Checkbox replace = new Checkbox();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** The parse in flight, if any; tests wait on it. */
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    private final ImportService importer;
    private final Executor executor;
    private byte[] file;
    private String fileName;
    private ImportResult result;

    ImportView(ImportService importer, ObjectProvider<SecurityContextHolderStrategy> securityContexts,
               @Qualifier("applicationTaskExecutor") TaskExecutor backgroundTasks) {
        this.importer = importer;
        // The parse runs on the application's one task executor (Spring's, virtual threads, shut down with the
        // context), as the signed-in user read through this application's strategy.
        DelegatingSecurityContextExecutor asUser = new DelegatingSecurityContextExecutor(backgroundTasks);
        asUser.setSecurityContextHolderStrategy(
                securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        this.executor = asUser;
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> receive(metadata.fileName(), data));
        }));
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportLimits.MAX_FILE_BYTES);
        // What the file holds decides how it is read (importer.format); the browser's file picker offers these.
        upload.setAcceptedFileTypes(".txt", "text/plain", ".html", ".htm", "text/html", ".docx", ".docm", ".doc",
                ".xlsx", ".xlsm", ".xls", ".pdf", "application/pdf", "application/msword", "application/vnd.ms-excel",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(event -> showError(getTranslation("import.rejected", event.getErrorMessage())));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.addClassName("import-status");
        preview.setPadding(false);
        replace.setLabel(getTranslation("import.replace"));
        replace.setVisible(false);
        replace.addValueChangeListener(event -> updateConfirm());
        confirm.setText(getTranslation("import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirmImport());
        cancel.setText(getTranslation("import.cancel"));
        cancel.addClickListener(click -> reset());
        HorizontalLayout actions = new HorizontalLayout(confirm, cancel);
        confirm.setEnabled(false);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")),
                new Paragraph(getTranslation("import.formats")), upload, progress, status, preview, replace, actions);
    }

    /** A file arrived: parse it in the background and show the preview when done. */
    void receive(String name, byte[] data) {
        reset();
        fileName = name;
        file = data;
        progress.setVisible(true);
        status.setText(getTranslation("import.parsing", name));
        UI ui = UI.getCurrent();
        pending = CompletableFuture.supplyAsync(() -> importer.preview(data), executor)
                .handle((parsed, failure) -> {
                    ui.access(() -> {
                        progress.setVisible(false);
                        if (failure != null) {
                            showError(getTranslation("import.failed", String.valueOf(failure.getMessage())));
                        } else {
                            showPreview(parsed);
                        }
                    });
                    return null;
                });
    }

    private void showPreview(ImportResult parsed) {
        result = parsed;
        status.setText(getTranslation("import.summary", fileName, parsed.forms().size(), parsed.warnings().size(),
                parsed.errors().size()));
        preview.removeAll();
        preview.add(new ImportPreview(parsed));
        replace.setVisible(!parsed.duplicates().isEmpty() && !parsed.hasErrors() && !parsed.isRefused());
        updateConfirm();
    }

    private void updateConfirm() {
        boolean blockedByDuplicates = result != null && !result.duplicates().isEmpty() && !replace.getValue();
        confirm.setEnabled(result != null && !result.hasErrors() && !result.isRefused() && !result.forms().isEmpty()
                && !blockedByDuplicates);
    }

    private void confirmImport() {
        try {
            ImportResult stored = importer.importFile(file, replace.getValue());
            if (stored.hasErrors()) {
                showPreview(stored);
                return;
            }
            Notification done = Notification.show(getTranslation("import.done", stored.projects().size()), 5000,
                    Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reset();
            status.setText(getTranslation("import.done", stored.projects().size()));
        } catch (UnitNotWritableException refused) {
            showError(getTranslation("import.unitRefused", refused.getRefused().size()));
        } catch (DuplicateProjectException duplicate) {
            showError(getTranslation("import.duplicate", duplicate.getDuplicates().size()));
        } catch (ReplaceRefusedException refused) {
            showError(Texts.list(this, refused.getRefusals().stream().map(refusal -> getTranslation(
                    refusal.messageKey(), refusal.projectName(), refusal.subjectName())).toList()));
        }
    }

    private void showError(String message) {
        Notification error = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        error.addThemeVariants(NotificationVariant.LUMO_ERROR);
        status.setText(message);
    }

    private void reset() {
        result = null;
        file = null;
        preview.removeAll();
        replace.setValue(false);
        replace.setVisible(false);
        confirm.setEnabled(false);
        status.setText("");
        upload.clearFileList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.title");
    }
}
