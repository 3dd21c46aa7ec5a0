package org.perfgoals.monitoring.template;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.read.ActualRecord;

/**
 * Turns a row of an uploaded template into what the entry view would have sent for it: the cells of the inputs the
 * row's kind takes, as typed ({@link ActualEntry}, {@link SpendingEntry}), the choices read by their labels. What
 * the numbers and texts are worth is then decided by the entry view's own parsers; here only a choice that is none
 * of the list and a date that is no date are refused.
 */
public final class TemplateEntries {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private final TemplateChoices choices;

    public TemplateEntries(TemplateChoices choices) {
        this.choices = choices;
    }

    /**
     * The entry of an indicator's row. {@code current} is what is stored for the quarter (null if nothing): an empty
     * 完成日期 un-ticks a deadline only if it was ticked, so that an untouched row stays unchanged.
     */
    public ActualEntry actual(IndicatorRecord indicator, ActualRecord current, TemplateLine line,
                              UploadedTemplate template, List<CellProblem> problems) {
        Target target = indicator.target();
        String value = target instanceof Target.Quantitative || target instanceof Target.Relative
                ? line.cell(TemplateColumns.VALUE) : null;
        Map<String, String> parts = new LinkedHashMap<>();
        if (target instanceof Target.Compound compound) {
            for (Target.Part part : compound.parts()) {
                if (!template.hasColumn(TemplateColumns.ENTRY_SHEET, part.label())) {
                    problems.add(CellProblem.of(line.sheet(), line.row(), part.label(), null, "columnMissing",
                            part.label()));
                } else if (line.cell(part.label()) != null) {
                    parts.put(part.label(), line.cell(part.label()));
                }
            }
        }
        Assessment assessment = target instanceof Target.Qualitative || target instanceof Target.Relative
                ? choice(Assessment.class, "assessment.", choices.assessments(), line, TemplateColumns.ASSESSMENT,
                template, problems) : null;
        Boolean done = null;
        LocalDate doneOn = null;
        if (target instanceof Target.Deadline) {
            String written = line.cell(TemplateColumns.DONE_ON);
            if (written == null) {
                done = current != null && current.done() != null ? Boolean.FALSE : null;
            } else if (written.strip().equals(TemplateWorkbook.DONE_WITHOUT_DATE)) {
                done = Boolean.TRUE;
            } else {
                doneOn = date(written).orElse(null);
                done = doneOn != null;
                if (doneOn == null) {
                    problems.add(CellProblem.of(line.sheet(), line.row(), TemplateColumns.DONE_ON,
                            template.cell(line.sheet(), line.row(), TemplateColumns.DONE_ON), "date", written,
                            TemplateWorkbook.DONE_WITHOUT_DATE));
                }
            }
        }
        return new ActualEntry(indicator.id(), value, parts, assessment, done, doneOn,
                choice(DeviationCause.class, "cause.", choices.causes(), line, TemplateColumns.CAUSE, template,
                        problems),
                line.cell(TemplateColumns.CAUSE_TEXT), line.cell(TemplateColumns.MEASURES),
                choice(Likelihood.class, "likelihood.", choices.likelihoods(), line, TemplateColumns.LIKELIHOOD,
                        template, problems),
                line.cell(TemplateColumns.EXPECTED));
    }

    /** The spending of a sub-item's row: an empty amount is 0, as in the entry view. */
    public SpendingEntry spending(TemplateLine line) {
        return new SpendingEntry(line.id(), line.cell(TemplateColumns.SPENT),
                line.cell(TemplateColumns.OVER_BUDGET_REASON));
    }

    private <E extends Enum<E>> E choice(Class<E> type, String prefix, List<String> labels, TemplateLine line,
                                         String column, UploadedTemplate template, List<CellProblem> problems) {
        String written = line.cell(column);
        if (written == null) {
            return null;
        }
        Optional<E> chosen = choices.read(type, prefix, written);
        if (chosen.isEmpty()) {
            problems.add(CellProblem.of(line.sheet(), line.row(), column, template.cell(line.sheet(), line.row(),
                    column), "choice", written, String.join(" / ", labels)));
        }
        return chosen.orElse(null);
    }

    /** 2019-09-30, 2019/9/30, 2019.9.30, 2019年9月30日. */
    static Optional<LocalDate> date(String written) {
        Matcher matcher = DATE.matcher(written.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
