package org.perfgoals.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfgoals.importer.domain.BudgetItemData;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.FormReader;
import org.perfgoals.importer.domain.IndicatorData;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Polarity;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.ProjectWeights;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.domain.ActualInput;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Evaluator;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.Thresholds;
import org.perfgoals.monitoring.domain.scoring.IndicatorScore;
import org.perfgoals.project.Project;

/**
 * The five seed forms, read once, as templates for generated projects: their indicators with weights and
 * accumulation as an import gives them, and for every indicator and quarter a few prepared values (on target, ahead,
 * a little behind, far behind) already judged by the real {@link Evaluator} and scored by {@link IndicatorScore}.
 */
final class SeedTemplates {

    static final String SEED = "/seed/000_9a3baee883589cca.txt";
    /** How far a value is from what is due: on target, ahead, a little behind, far behind. */
    static final double[] PACES = {1.0, 1.25, 0.85, 0.5};

    record Value(BigDecimal number, Map<String, BigDecimal> parts, Assessment assessment, Boolean done,
                 LocalDate doneOn, Status status, BigDecimal score, String text) {
    }

    record IndicatorTemplate(Indicator indicator, int sortOrder, List<Target.Part> parts, LocalDate deadline,
                             boolean derived, Value[][] values) {
    }

    record ProjectTemplate(FormData form, List<IndicatorTemplate> indicators, List<BudgetItemData> items) {
    }

    private SeedTemplates() {
    }

    static List<ProjectTemplate> read(int year) {
        ParseResult result = new FormReader().read(readSeed());
        Evaluator evaluator = new Evaluator(Thresholds.defaults());
        List<ProjectTemplate> templates = new ArrayList<>();
        for (FormData form : result.forms()) {
            int shift = form.year() == null ? 0 : year - form.year();
            Project project = new Project(year, form.unit(), form.name());
            for (IndicatorData data : form.indicators()) {
                project.getIndicators().add(new Indicator(data.level1(), data.level2(), data.name(),
                        data.target().raw(), data.target().target(), data.target().freeText(), data.line()));
            }
            ProjectWeights.apply(project);
            List<IndicatorTemplate> indicators = new ArrayList<>();
            for (int i = 0; i < project.getIndicators().size(); i++) {
                Indicator indicator = project.getIndicators().get(i);
                Target target = indicator.getTarget();
                LocalDate deadline = target instanceof Target.Deadline d && d.date() != null
                        ? d.date().plusYears(shift) : null;
                Target shifted = target instanceof Target.Deadline d ? new Target.Deadline(deadline, d.expected())
                        : target;
                List<Target.Part> parts = target instanceof Target.Compound c ? c.parts() : List.of();
                Value[][] values = new Value[4][PACES.length];
                if (!indicator.isBudgetExecutionRate()) {
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        for (int pace = 0; pace < PACES.length; pace++) {
                            values[quarter - 1][pace] = value(evaluator, indicator, shifted,
                                    Period.quarter(year, quarter), PACES[pace]);
                        }
                    }
                }
                indicators.add(new IndicatorTemplate(indicator, i, parts, deadline, indicator.isBudgetExecutionRate(),
                        values));
            }
            templates.add(new ProjectTemplate(form, indicators, form.budgetItems()));
        }
        return templates;
    }

    private static Value value(Evaluator evaluator, Indicator indicator, Target target, Period period, double pace) {
        Accumulation accumulation = indicator.getAccumulation();
        BigDecimal number = null;
        Map<String, BigDecimal> parts = Map.of();
        Assessment assessment = null;
        Boolean done = null;
        LocalDate doneOn = null;
        Actual actual;
        String text;
        switch (target) {
            case Target.Quantitative q -> {
                BigDecimal progress = accumulation == Accumulation.CUMULATIVE
                        ? period.timeProgress().movePointLeft(2) : BigDecimal.ONE;
                number = number(q, progress, pace, ActualInput.percentCanExceed100(indicator.getName()));
                actual = new Actual.Numeric(number);
                text = plain(number) + (q.unit() == null ? "" : " " + q.unit());
            }
            case Target.Compound c -> {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                c.parts().forEach(part -> values.put(part.label(), number(part.target(), BigDecimal.ONE, pace,
                        false)));
                parts = values;
                actual = new Actual.PartValues(values);
                text = values.toString();
            }
            case Target.Qualitative q -> {
                assessment = assessment(pace);
                actual = new Actual.Judged(assessment);
                text = assessment.name();
            }
            case Target.Relative r -> {
                assessment = assessment(pace);
                actual = new Actual.Judged(assessment);
                text = assessment.name();
            }
            case Target.Deadline d -> {
                boolean due = d.date() == null || !d.date().isAfter(period.end());
                done = pace >= 1.0 && due;
                doneOn = done ? (d.date() == null ? period.end() : d.date()) : null;
                actual = done ? Actual.DeadlineProgress.doneOn(doneOn) : Actual.DeadlineProgress.notDone();
                text = done ? "DONE " + doneOn : "NOT_DONE";
            }
        }
        Evaluation evaluation = evaluator.evaluate(target, accumulation, period, actual, null, indicator.getBaseline());
        Optional<BigDecimal> score = IndicatorScore.fraction(target, accumulation, period, actual, evaluation);
        return new Value(number, parts, assessment, done, doneOn, evaluation.status(),
                score.map(s -> s.setScale(IndicatorScore.SCALE, RoundingMode.HALF_UP)).orElse(null), text);
    }

    private static BigDecimal number(Target.Quantitative q, BigDecimal progress, double pace, boolean mayExceed100) {
        BigDecimal target = q.value() == null ? BigDecimal.ONE : q.value().abs();
        double factor;
        if (q.polarity() == Polarity.LOWER_IS_BETTER) {
            // Below a ceiling is good: ahead 0.5, on target 0.8, a little over 1.1, far over 1.6.
            factor = pace >= 1.25 ? 0.5 : pace >= 1.0 ? 0.8 : pace >= 0.85 ? 1.1 : 1.6;
            if (target.signum() == 0) {
                return BigDecimal.valueOf(pace >= 1.0 ? 0 : pace >= 0.85 ? 1 : 3);
            }
        } else {
            factor = pace;
        }
        BigDecimal value = target.multiply(progress).multiply(BigDecimal.valueOf(factor));
        if ("%".equals(q.unit()) && !mayExceed100) {
            value = value.min(BigDecimal.valueOf(100));
        }
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static Assessment assessment(double pace) {
        return pace >= 1.0 ? Assessment.MET : pace >= 0.85 ? Assessment.PARTLY_MET : Assessment.NOT_MET;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static byte[] readSeed() {
        try (InputStream in = SeedTemplates.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("Seed resource missing: " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
