package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.EntryParser;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.input.ParsedEntry;
import org.perfgoals.monitoring.input.SpendingParser;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.ChangeRecord;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.sheet.EntryWriter;
import org.perfgoals.monitoring.sheet.SheetStore;
import org.perfgoals.monitoring.template.CellProblem;
import org.perfgoals.monitoring.template.TemplateChoices;
import org.perfgoals.monitoring.template.TemplateColumns;
import org.perfgoals.monitoring.template.TemplateEntries;
import org.perfgoals.monitoring.template.TemplateLine;
import org.perfgoals.monitoring.template.TemplateReader;
import org.perfgoals.monitoring.template.TemplateRejectedException;
import org.perfgoals.monitoring.template.TemplateWorkbook;
import org.perfgoals.monitoring.template.UploadedTemplate;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.perfgoals.security.UnitAccess;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Quarterly actuals filled in Excel: the filling template of a project's quarter or of all a unit's projects, and
 * its upload. An upload is decided in this order, and stores nothing unless everything holds: the role (403), every
 * project the template names and every row's indicator or sub-item (404 for another unit's, 403 for a unit the user
 * may read but not write), the quarter; then every cell by the entry view's own parsers; a project whose rows
 * differ from what is stored but whose quarter was saved by someone after the download is refused (409); the rows
 * that differ are saved through {@link QuarterEntryService#save} as if typed in the entry view (checked mode: a
 * YELLOW or RED row needs its explanation), so statuses, alerts and history are the same. Unchanged rows are not
 * saved at all. A dry run does all of it and rolls back.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuarterTemplateService {

    private static final int PAGE = 100;

    private final SheetStore store;
    private final QuarterEntryService entry;
    private final WriteAuthorization authorization;
    private final ProjectService projects;
    private final UnitAccess access;
    private final TemplateWorkbook workbook;
    private final TemplateEntries entries;

    QuarterTemplateService(SheetStore store, QuarterEntryService entry, WriteAuthorization authorization,
                           ProjectService projects, UnitAccess access, TranslationProvider messages) {
        this.store = store;
        this.entry = entry;
        this.authorization = authorization;
        this.projects = projects;
        this.access = access;
        this.workbook = new TemplateWorkbook(messages);
        this.entries = new TemplateEntries(new TemplateChoices(messages));
    }

    /** The template of one project's quarter, for a user who may write it. */
    @Transactional(readOnly = true)
    public TemplateFile projectTemplate(long projectId, int year, int quarter) {
        WriteScope scope = authorization.authorizeProject(projectId, year, quarter);
        PeriodSheet sheet = store.read(projectId, scope.period());
        return new TemplateFile(workbook.fileName(sheet.project().name(), scope.period()),
                workbook.write(scope.period(), List.of(sheet)));
    }

    /**
     * The template of every project of the unit in the year, in one workbook: 404 when the unit has none the user
     * may read (another unit's data is missing to them), 403 when the user may read them but not write.
     */
    @Transactional(readOnly = true)
    public TemplateFile unitTemplate(String unit, int year, int quarter) {
        authorization.requireWriter();
        Period period = authorization.quarter(year, quarter);
        List<ProjectSummary> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ProjectSummary> listed = projects.list(new ProjectFilter(year, unit, null),
                    PageRequest.of(page, PAGE));
            found.addAll(listed);
            if (listed.size() < PAGE || found.size() >= TemplateReader.MAX_ROWS) {
                break;
            }
        }
        if (found.isEmpty()) {
            throw new NoProjectsToFillException(unit, year);
        }
        if (!access.canWrite(unit)) {
            throw new AccessDeniedException("may not write " + unit);
        }
        List<PeriodSheet> sheets = found.stream().map(project -> store.read(project.id(), period)).toList();
        return new TemplateFile(workbook.fileName(unit, period), workbook.write(period, sheets));
    }

    /**
     * Reads a filled template and saves the rows that differ from what is stored (none when {@code dryRun}).
     *
     * @throws TemplateRejectedException when the file is no template of this quarter or any cell is refused
     * @throws StaleEditException when a project whose rows differ was saved by someone after the download
     * @throws ReportLockedException when staff upload into a submitted or approved quarter
     * @throws ConcurrentWriteException when someone saved a quarter of the file at the same moment
     */
    public TemplateUpload upload(int year, int quarter, byte[] file, boolean dryRun) {
        authorization.requireWriter();
        Period period = authorization.quarter(year, quarter);
        UploadedTemplate template = TemplateReader.read(file);
        if (template.year() != year || template.quarter() != quarter) {
            throw new TemplateRejectedException(List.of(new CellProblem(TemplateColumns.VERSIONS_SHEET, 0, null,
                    null, null, "otherQuarter", "template.error.otherQuarter", List.of(String.valueOf(
                    template.year()), String.valueOf(template.quarter()), String.valueOf(year),
                    String.valueOf(quarter)))));
        }
        Map<Long, Project> named = new LinkedHashMap<>();
        template.versions().keySet().forEach(id -> {
            authorization.authorizeProject(id, year, quarter);
            named.put(id, store.project(id));
        });
        List<CellProblem> problems = new ArrayList<>(template.problems());
        Map<Long, Upload> uploads = new LinkedHashMap<>();
        named.forEach((id, project) -> uploads.put(id, new Upload(project, store.read(id, period),
                template.versions().get(id))));
        assign(template, uploads, problems);
        uploads.values().forEach(upload -> upload.compare(period, template, problems));
        List<Upload> changed = uploads.values().stream().filter(Upload::changes).toList();
        for (Upload upload : changed) {
            if (upload.before.report().version() != upload.version) {
                throw new StaleEditException(upload.before.report().updatedBy(), upload.before.report().updatedAt(),
                        store.changesSince(upload.project.getId(), period, upload.version));
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateRejectedException(problems);
        }
        List<TemplateUpload.ProjectChanges> done = new ArrayList<>();
        for (Upload upload : changed) {
            try {
                PeriodSheet after = entry.save(upload.project.getId(), period, upload.input(), EntryMode.CHECKED);
                done.add(upload.changes(after, store.changesSince(upload.project.getId(), period, upload.version),
                        template));
            } catch (MonitoringValidationException invalid) {
                invalid.getErrors().forEach(error -> problems.add(upload.problem(error, template)));
            } catch (ConcurrencyFailureException | DataIntegrityViolationException raced) {
                // Someone saved the quarter between the version check and this save's flush.
                throw new ConcurrentWriteException(raced);
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateRejectedException(problems);
        }
        if (dryRun) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new TemplateUpload(dryRun, done);
    }

    /** Each row to the project of its indicator or sub-item: 404 for one the user may not read. */
    private void assign(UploadedTemplate template, Map<Long, Upload> uploads, List<CellProblem> problems) {
        for (TemplateLine line : template.indicators()) {
            long projectId = authorization.projectOfIndicator(line.id())
                    .orElseThrow(() -> new IndicatorNotFoundException(line.id()));
            place(line, uploads.get(projectId), problems, upload -> upload.indicators.put(line.id(), line));
        }
        for (TemplateLine line : template.spending()) {
            long projectId = authorization.projectOfBudgetItem(line.id())
                    .orElseThrow(() -> new ProjectNotFoundException(line.id()));
            place(line, uploads.get(projectId), problems, upload -> upload.items.put(line.id(), line));
        }
    }

    private static void place(TemplateLine line, Upload upload, List<CellProblem> problems,
                              Consumer<Upload> into) {
        if (upload == null) {
            problems.add(new CellProblem(line.sheet(), line.row(), line.sheet().equals(TemplateColumns.ENTRY_SHEET)
                    ? TemplateColumns.INDICATOR_ID : TemplateColumns.ITEM_ID, "A" + line.row(), null,
                    "notInTemplate", "template.error.notInTemplate", List.of(String.valueOf(line.id()))));
        } else {
            into.accept(upload);
        }
    }

    /** One project's part of an upload: its rows, what is stored, and the rows that differ. */
    private final class Upload {

        final Project project;
        final PeriodSheet before;
        final long version;
        final Map<Long, TemplateLine> indicators = new LinkedHashMap<>();
        final Map<Long, TemplateLine> items = new LinkedHashMap<>();
        final List<ActualEntry> actuals = new ArrayList<>();
        final List<SpendingEntry> spending = new ArrayList<>();
        boolean refused;

        Upload(Project project, PeriodSheet before, long version) {
            this.project = project;
            this.before = before;
            this.version = version;
        }

        /** Reads every row by the entry view's parsers and keeps those that would change what is stored. */
        void compare(Period period, UploadedTemplate template, List<CellProblem> problems) {
            Map<Long, Indicator> byId = new HashMap<>();
            project.getIndicators().forEach(indicator -> byId.put(indicator.getId(), indicator));
            indicators.forEach((id, line) -> {
                SheetRow row = before.row(id);
                if (row.derived()) {
                    return;
                }
                int known = problems.size();
                ActualEntry typed = entries.actual(row.indicator(), row.current(),
                        line, template, problems);
                List<FieldError> errors = new ArrayList<>();
                ParsedEntry parsed = EntryParser.parse(byId.get(id), typed, period, errors);
                errors.forEach(error -> problems.add(problem(error, template)));
                if (problems.size() > known) {
                    refused = true;
                } else if (!EntryWriter.changesNothing(parsed, row.current())) {
                    actuals.add(typed);
                }
            });
            items.forEach((id, line) -> {
                BudgetRow row = before.budgetRow(id);
                SpendingEntry typed = entries.spending(line);
                if (typed.amount() == null && typed.overBudgetReason() == null && row.current() == null) {
                    return;
                }
                List<FieldError> errors = new ArrayList<>();
                Map<Long, BigDecimal> amounts = SpendingParser.parse(project, List.of(typed), errors);
                errors.forEach(error -> problems.add(problem(error, template)));
                if (!errors.isEmpty()) {
                    refused = true;
                } else if (!EntryWriter.changesNothing(amounts.get(id), typed.overBudgetReason(), row.current())) {
                    spending.add(typed);
                }
            });
        }

        boolean changes() {
            return refused || !actuals.isEmpty() || !spending.isEmpty();
        }

        /** The save of the rows that differ, from the version downloaded; the year-end reason kept as stored. */
        SheetInput input() {
            return new SheetInput(actuals, spending, before.report().executionReason(), version);
        }

        /** A refused field at the cell of its row and column. */
        CellProblem problem(FieldError error, UploadedTemplate template) {
            FieldRef field = error.field();
            TemplateLine line = switch (field) {
                case FieldRef.OfIndicator ofIndicator -> indicators.get(ofIndicator.indicatorId());
                case FieldRef.Spending ofItem -> items.get(ofItem.budgetItemId());
                default -> null;
            };
            int row = line == null ? 0 : line.row();
            return CellProblem.of(error, row, line == null ? null
                    : template.cell(line.sheet(), row, TemplateColumns.columnOf(field)));
        }

        TemplateUpload.ProjectChanges changes(PeriodSheet after, List<ChangeRecord> history,
                                              UploadedTemplate template) {
            List<TemplateUpload.CellChange> cells = history.stream().map(change -> {
                TemplateLine line = change.subject() == ChangeSubject.BUDGET_ITEM ? items.get(change.subjectId())
                        : change.subject() == ChangeSubject.INDICATOR ? indicators.get(change.subjectId()) : null;
                String sheet = change.subject() == ChangeSubject.BUDGET_ITEM ? TemplateColumns.BUDGET_SHEET
                        : TemplateColumns.ENTRY_SHEET;
                String column = TemplateColumns.columnOf(change.field());
                int row = line == null ? 0 : line.row();
                return new TemplateUpload.CellChange(sheet, row, column,
                        line == null ? null : template.cell(sheet, row, column), change.subject(),
                        change.subjectId(), change.field(), change.oldValue(), change.newValue());
            }).toList();
            return new TemplateUpload.ProjectChanges(project.getId(), project.getName(), after.report().version(),
                    before.projectStatus(), after.projectStatus(), cells);
        }
    }
}
