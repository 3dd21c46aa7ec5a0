package org.perfgoals.importer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.ui.UploadTexts;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.importer.BatchReader;
import org.perfgoals.importer.BatchResult;
import org.perfgoals.importer.DuplicateProjectException;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.importer.NewUnitParents;
import org.perfgoals.importer.ParsedFile;
import org.perfgoals.importer.ReplaceRefusedException;
import org.perfgoals.importer.UnitNotWritableException;
import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.BatchLimits;
import org.perfgoals.importer.domain.BatchRefusal;
import org.perfgoals.security.Role;
import org.perfgoals.unit.UnitRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Upload one or several form files, or zips of them, look at what would be stored file by file with every warning and
 * error, then import all valid files or none. Each upload is read off the request thread with its own progress bar;
 * the page polls while anything is being read (no push), and the preview of the whole batch follows the last upload.
 */
@Route("import")
@Menu(title = "nav.import", order = 9, icon = "vaadin:upload")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** How often the page asks for the background reading's news while files are read. */
    static final int POLL_MILLIS = 500;

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final VerticalLayout uploads = new VerticalLayout();
    final VerticalLayout preview = new VerticalLayout();
    final Checkbox replace = new Checkbox();
    /** Where the units the forms name that do not exist yet go; empty: at the top (admins only). */
    final ComboBox<UnitRecord> newUnitsParent = new ComboBox<>();
    final Span newUnits = new Span();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** The reading and previewing in flight, if any; tests wait on it. */
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    private final ImportService importer;
    private final BatchReader reader;
    private final NewUnitParents parents;
    private final Executor executor;
    /** The uploads of the batch being read, in upload order: each gives one file, or a zip's. */
    private final List<CompletableFuture<List<ParsedFile>>> reads = new ArrayList<>();
    private @Nullable BatchResult result;
    /** The files of the batch as previewed: what the import stores. */
    private List<ParsedFile> files = List.of();
    /** Counts the batch's changes: a preview of an older state of the batch is not shown. */
    private volatile int generation;

    ImportView(ImportService importer, BatchReader reader, NewUnitParents parents,
               ObjectProvider<SecurityContextHolderStrategy> securityContexts,
               @Qualifier("applicationTaskExecutor") TaskExecutor backgroundTasks) {
        this.importer = importer;
        this.reader = reader;
        this.parents = parents;
        // The parse runs on the application's one task executor (Spring's pool, shut down with the
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
        BatchLimits limits = reader.limits();
        upload.setMaxFiles(limits.maxFiles());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        // What the file holds decides how it is read (importer.format); the browser's file picker offers these.
        upload.setAcceptedFileTypes(".txt", "text/plain", ".html", ".htm", "text/html", ".docx", ".docm", ".doc",
                ".xlsx", ".xlsm", ".xls", ".pdf", "application/pdf", "application/msword", "application/vnd.ms-excel",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".zip", "application/zip",
                "application/x-zip-compressed");
        upload.addFileRejectedListener(event -> showError(getTranslation("import.rejected", event.getErrorMessage())));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        status.addClassName("import-status");
        uploads.setPadding(false);
        uploads.setSpacing(false);
        uploads.addClassName("import-uploads");
        preview.setPadding(false);
        newUnitsParent.setLabel(getTranslation("import.newUnits.parent"));
        newUnitsParent.setItems(parents.choices());
        newUnitsParent.setItemLabelGenerator(unit -> "\u3000".repeat(unit.depth()) + unit.name());
        newUnitsParent.setPlaceholder(getTranslation("import.newUnits.top"));
        newUnitsParent.setWidth("30em");
        newUnitsParent.setVisible(false);
        parents.byDefault().ifPresentOrElse(newUnitsParent::setValue, () -> newUnitsParent.setClearButtonVisible(true));
        newUnitsParent.addValueChangeListener(event -> {
            if (event.isFromClient() && result != null && !files.isEmpty()) {
                showPreview(importer.previewBatch(files, parentId()));
            }
        });
        newUnits.addClassName("import-new-units");
        replace.setLabel(getTranslation("import.replace"));
        replace.setVisible(false);
        replace.addValueChangeListener(event -> updateConfirm());
        confirm.setText(getTranslation("import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirmImport());
        cancel.setText(getTranslation("import.cancel"));
        cancel.addClickListener(click -> reset());
        // The one decision for the whole batch stands above its previews, however many files they show.
        HorizontalLayout actions = new HorizontalLayout(confirm, cancel);
        confirm.setEnabled(false);
        // Leaving the page while files are read: the UI stops polling (a result that arrives later is dropped).
        addDetachListener(event -> {
            changed();
            event.getUI().setPollInterval(-1);
        });
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")),
                new Paragraph(getTranslation("import.formats")),
                new Paragraph(getTranslation("import.batch.intro", limits.maxFiles(),
                        limits.maxFileBytes() / 1024 / 1024, limits.maxBatchBytes() / 1024 / 1024)),
                upload, progress, uploads, status, newUnits, newUnitsParent, replace, actions, preview);
    }

    /**
     * A file arrived: it joins the batch and is read in the background (a zip unpacked) with a progress bar of its
     * own; once every upload is read, the batch is previewed as a whole, still in the background. The page polls
     * meanwhile and stops once the preview is shown.
     */
    void receive(String name, byte[] data) {
        if (result != null && !result.total().dryRun()) {
            reset();
        }
        UploadRow row = new UploadRow(name);
        uploads.add(row);
        int changed = changed();
        progress.setVisible(true);
        status.setText(getTranslation("import.parsing", name));
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        // The batch waits for the row's own news too (whenComplete's future ends after it), so the row is told
        // before the preview, never after it.
        CompletableFuture<List<ParsedFile>> read = CompletableFuture.supplyAsync(
                () -> reader.read(new BatchFile(name, data)), executor)
                .whenComplete((files, failure) -> ui.access(() -> {
                    if (failure == null) {
                        row.done(getTranslation("import.batch.read", files.size()));
                    } else {
                        row.refused(failureText(failure));
                    }
                }));
        reads.add(read);
        List<CompletableFuture<List<ParsedFile>>> batch = List.copyOf(reads);
        pending = CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new))
                .handle((done, failure) -> batch)
                .thenApplyAsync(all -> changed == generation ? previewOf(all) : null, executor)
                .handle((previewed, failure) -> {
                    ui.access(() -> {
                        if (changed != generation) {
                            return;
                        }
                        ui.setPollInterval(-1);
                        progress.setVisible(false);
                        if (failure != null) {
                            showError(failureText(failure));
                        } else if (previewed != null) {
                            files = previewed.files();
                            showPreview(previewed.result());
                        }
                    });
                    return null;
                });
    }

    /** The batch's files in upload order, previewed together; a refused upload (a limit, a bad zip) refuses all. */
    private Previewed previewOf(List<CompletableFuture<List<ParsedFile>>> all) {
        List<ParsedFile> files = all.stream().flatMap(read -> read.join().stream()).toList();
        return new Previewed(files, importer.previewBatch(files, parentId()));
    }

    /** The files read and what importing them would do: the import takes these files, read once. */
    private record Previewed(List<ParsedFile> files, BatchResult result) {
    }

    private String failureText(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (at instanceof BatchRefusal refusal) {
                return refusalText(refusal);
            }
        }
        return getTranslation("import.failed", String.valueOf(failure.getMessage()));
    }

    private int changed() {
        result = null;
        files = List.of();
        preview.removeAll();
        newUnits.setVisible(false);
        newUnitsParent.setVisible(false);
        replace.setVisible(false);
        confirm.setEnabled(false);
        return ++generation;
    }

    private String refusalText(BatchRefusal refusal) {
        return getTranslation("import.batch." + refusal.code(), refusal.messageArgs().toArray());
    }

    private void showPreview(BatchResult previewed) {
        result = previewed;
        ImportResult total = previewed.total();
        long invalid = previewed.files().stream().filter(file -> !file.isValid()).count();
        status.setText(previewed.files().size() == 1 ? getTranslation("import.summary",
                previewed.files().getFirst().name(), total.forms().size(), total.warnings().size(),
                total.errors().size()) : getTranslation("import.batch.summary", previewed.files().size(),
                total.forms().size(), total.warnings().size(), total.errors().size(), invalid));
        preview.removeAll();
        previewed.files().forEach(file -> preview.add(previewed.files().size() == 1
                ? new ImportPreview(file.result()) : new FilePreview(file)));
        replace.setVisible(!total.duplicates().isEmpty() && !total.hasErrors() && !total.isRefused());
        showNewUnits(total);
        updateConfirm();
    }

    /** The preview says which units the import creates, and under which unit; the picker changes that. */
    private void showNewUnits(ImportResult total) {
        boolean any = !total.newUnits().isEmpty();
        newUnits.setVisible(any);
        newUnitsParent.setVisible(any);
        newUnits.setText(any ? getTranslation("import.newUnits.preview", Texts.list(this, total.newUnits()),
                total.newUnitsParent() == null ? getTranslation("import.newUnits.top") : total.newUnitsParent())
                : "");
    }

    private @Nullable Long parentId() {
        UnitRecord parent = newUnitsParent.getValue();
        return parent == null ? null : parent.id();
    }

    private void updateConfirm() {
        boolean blockedByDuplicates = result != null && !result.total().duplicates().isEmpty() && !replace.getValue();
        confirm.setEnabled(result != null && result.total().dryRun() && !result.hasErrors() && !result.isRefused()
                && !result.total().forms().isEmpty() && !blockedByDuplicates);
    }

    /** All valid files or none: the batch is stored in one transaction, or nothing when anything is refused. */
    private void confirmImport() {
        if (result == null) {
            return;
        }
        try {
            BatchResult stored = importer.importBatch(files, replace.getValue(), parentId());
            if (stored.hasErrors()) {
                showPreview(stored);
                return;
            }
            String done = stored.files().size() == 1 ? getTranslation("import.done", stored.total().projects().size())
                    : getTranslation("import.batch.done", stored.total().projects().size(), stored.files().size());
            if (!stored.total().newUnits().isEmpty()) {
                done += " " + getTranslation("import.batch.newUnits", Texts.list(this, stored.total().newUnits()));
            }
            Notification notice = Notification.show(done, 5000, Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reset();
            status.setText(done);
        } catch (UnitNotWritableException refused) {
            showError(getTranslation("import.unitRefused", refused.getRefused().size()));
        } catch (DuplicateProjectException duplicate) {
            showError(getTranslation("import.duplicate", duplicate.getDuplicates().size()));
        } catch (ReplaceRefusedException refused) {
            showError(Texts.list(this, refused.getRefusals().stream().map(refusal -> getTranslation(
                    refusal.messageKey(), refusal.projectName(), refusal.subjectName())).toList()));
        } catch (BatchRefusal refused) {
            showError(refusalText(refused));
        }
    }

    private void showError(String message) {
        Notification error = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        error.addThemeVariants(NotificationVariant.LUMO_ERROR);
        status.setText(message);
    }

    /** Starts a new batch: what was uploaded, read or previewed is dropped. */
    private void reset() {
        changed();
        reads.clear();
        uploads.removeAll();
        progress.setVisible(false);
        replace.setValue(false);
        status.setText("");
        upload.clearFileList();
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.title");
    }
}
