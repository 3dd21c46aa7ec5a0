package org.perfgoals.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.RelativeChange;
import org.perfgoals.indicator.domain.Target;

/**
 * Colours one indicator for one period. A missed target is not an error: every input, however
 * odd (a target of 0, a value of 0, 340 % of a completion rate), gives an evaluation, never an exception. Only
 * a missing target, accumulation or period is a programming error.
 *
 * <p>Rules, by target kind:
 * <ul>
 * <li><b>No value</b>: {@code NO_DATA} ({@code noData}); a qualitative target, or a relative one without
 *   baseline, waits for a person instead: {@code NEEDS_ASSESSMENT} ({@code notAssessed}). A value of the wrong
 *   kind for the target (a number for a compound target) is treated as no value: {@code NO_DATA}
 *   ({@code actualMismatch}).</li>
 * <li><b>Likelihood 完全不可能</b> turns any verdict {@code RED} ({@code impossible}), ratio and part colours
 *   kept; the other likelihoods change nothing.</li>
 * <li><b>Quantitative, per period</b>: the comparator against the target itself, never pro-rated: GREEN
 *   ({@code met}) or RED ({@code missed}). {@code =} means "reach the value" (≥); {@code <} and {@code ≤}
 *   differ at equality. A negative target is always judged this way, whatever the accumulation, since
 *   pro-rating it means nothing.</li>
 * <li><b>Quantitative, cumulative, higher is better</b> (≥ > =): before year end, ratio = value / (target ×
 *   time progress / 100), coloured by {@link Thresholds#band}: [0, red) RED, [red, yellow) YELLOW
 *   ({@code behindSchedule}), [yellow, blue) GREEN ({@code onTrack}), [blue, ∞) BLUE ({@code farAhead}) —
 *   each band includes its lower bound, and the bands apply to the ratio rounded to 4 decimals so that the
 *   shown ratio and the colour agree. At year end the comparator must hold: RED ({@code missed}) if not, else
 *   GREEN ({@code met}) or BLUE when ratio = value / target ≥ blue.</li>
 * <li><b>Quantitative, cumulative, lower is better</b> (≤ <, a ceiling used up over the year): before year end,
 *   the comparator against the pro-rated ceiling: GREEN ({@code onTrack}); over it by at most 1/yellow − 1
 *   (25 %, inclusive) YELLOW, beyond RED (both {@code overPace}). At year end the comparator against the full
 *   ceiling: GREEN ({@code met}) or RED ({@code missed}).</li>
 * <li><b>Target 0</b>, never divided by (ratio null, reason {@code zeroTarget} when met): higher is better —
 *   ≥ 0 and = 0 are met by any value ≥ 0, &gt; 0 only by a value &gt; 0 (a cumulative 0 against &gt; 0 is YELLOW
 *   before year end, RED at year end); lower is better — met by 0 (or less), anything else is RED.</li>
 * <li><b>Approximate (左右)</b>, d = |value − target|, tolerance t: per period d ≤ t×target GREEN
 *   ({@code withinTolerance}), d ≤ 2t×target YELLOW, else RED (both {@code outsideTolerance}), bounds
 *   inclusive. Cumulative: before year end the higher-is-better pro-rating bands (keeping pace with the
 *   target); at year end d ≤ t×target GREEN, above the band BLUE ({@code aboveTolerance}), below it YELLOW
 *   within 2t, else RED.</li>
 * <li><b>Compound</b>: always per period; each part against its own comparator (approximate parts with the
 *   tolerance rule). The row takes the worst part colour, so a missed part (RED, {@code partMissed}) outranks a
 *   part without value (NO_DATA, {@code partMissing}); all parts met is GREEN ({@code met}). A range (3-5个,
 *   90%-95%: a 下限 and an 上限 part) also takes a single number, judged against both bounds: inside, bounds
 *   included, GREEN ({@code met}), outside RED ({@code partMissed}).</li>
 * <li><b>Qualitative</b>: the person's judgement, MET GREEN, PARTLY_MET YELLOW, NOT_MET RED.</li>
 * <li><b>Relative</b>: a number against the baseline, in the direction the wording asks ({@link
 *   RelativeChange}): better GREEN ({@code improved}) — but YELLOW ({@code improvedTooLittle}) when the wording asks
 *   for a move of a given size (比上年提高10%) and it falls short —, equal YELLOW ({@code unchanged}; GREEN when the
 *   wording only forbids getting worse, 不低于上年), worse RED ({@code worsened}); no baseline →
 *   NEEDS_ASSESSMENT ({@code noBaseline}); a judgement is taken like a qualitative one.</li>
 * <li><b>Deadline</b>, judged as at the period's last day: done on or before the date GREEN
 *   ({@code doneOnTime}), done after it RED ({@code doneLate}); not done and the date on or before the period's
 *   end RED ({@code deadlinePassed}); not done and the date within the following quarter, i.e. due before
 *   the next quarterly report, YELLOW ({@code deadlineDue}); later GREEN ({@code deadlinePending}).</li>
 * </ul>
 */
public final class Evaluator {

    /** Users report quarterly: a deadline due within this many months after a period is due before the next. */
    private static final int MONTHS_TO_NEXT_REPORT = 3;

    private final QuantityRules quantities;

    public Evaluator(Thresholds thresholds) {
        this.quantities = new QuantityRules(Objects.requireNonNull(thresholds, "thresholds"));
    }

    public Evaluation evaluate(Target target, Accumulation accumulation, Period period, Actual actualOrNull,
                               Likelihood likelihoodOrNull, BigDecimal baselineOrNull) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(accumulation, "accumulation");
        Objects.requireNonNull(period, "period");
        Evaluation evaluation = switch (target) {
            case Target.Quantitative q -> quantities.judge(q, accumulation, period, actualOrNull);
            case Target.Compound c -> compound(c, actualOrNull);
            case Target.Qualitative q -> qualitative(actualOrNull);
            case Target.Relative r -> relative(r, actualOrNull, baselineOrNull);
            case Target.Deadline d -> deadline(d, period, actualOrNull);
        };
        return likelihoodOrNull == Likelihood.IMPOSSIBLE ? evaluation.impossible() : evaluation;
    }

    // --- quantitative: QuantityRules -------------------------------------------------------------------

    // --- compound ---------------------------------------------------------------------------------------

    private Evaluation compound(Target.Compound compound, Actual actual) {
        Map<String, Status> parts = new LinkedHashMap<>();
        if (actual == null) {
            compound.parts().forEach(p -> parts.put(p.label(), Status.NO_DATA));
            return new Evaluation(Status.NO_DATA, null, Reasons.NO_DATA, parts);
        }
        Actual.PartValues values = switch (actual) {
            case Actual.PartValues v -> v;
            case Actual.Numeric n when compound.isRange() -> Actual.PartValues.sameForEveryPart(compound, n.value());
            default -> null;
        };
        if (values == null) {
            return mismatch();
        }
        for (Target.Part part : compound.parts()) {
            BigDecimal value = values.values().get(part.label());
            Status status = value == null ? Status.NO_DATA : partStatus(part.target(), value);
            parts.merge(part.label(), status, (a, b) -> a.severity() >= b.severity() ? a : b);
        }
        Status status = Status.worst(parts.values());
        String reason = switch (status) {
            case GREEN, BLUE -> Reasons.MET;
            case RED, YELLOW -> Reasons.PART_MISSED;
            default -> parts.isEmpty() ? Reasons.NO_DATA : Reasons.PART_MISSING;
        };
        return new Evaluation(status, null, reason, parts);
    }

    private Status partStatus(Target.Quantitative part, BigDecimal value) {
        return part.comparator() == Comparator.APPROX
                ? quantities.approxPerPeriod(part.value(), value).status()
                : quantities.perPeriod(part, value).status();
    }

    // --- judged kinds -----------------------------------------------------------------------------------

    private static Evaluation qualitative(Actual actual) {
        if (actual == null) {
            return Evaluation.of(Status.NEEDS_ASSESSMENT, Reasons.NOT_ASSESSED);
        }
        return actual instanceof Actual.Judged judged ? judged(judged) : mismatch();
    }

    private static Evaluation judged(Actual.Judged judged) {
        return Evaluation.of(judged.assessment().status(), judged.assessment().reason());
    }

    private static Evaluation relative(Target.Relative relative, Actual actual, BigDecimal baseline) {
        if (actual == null) {
            return baseline == null
                    ? Evaluation.of(Status.NEEDS_ASSESSMENT, Reasons.NOT_ASSESSED)
                    : Evaluation.of(Status.NO_DATA, Reasons.NO_DATA);
        }
        if (actual instanceof Actual.Judged judged) {
            return judged(judged);
        }
        if (!(actual instanceof Actual.Numeric numeric)) {
            return mismatch();
        }
        if (baseline == null) {
            return Evaluation.of(Status.NEEDS_ASSESSMENT, Reasons.NO_BASELINE);
        }
        RelativeChange change = RelativeChange.read(relative.expected());
        int c = numeric.value().compareTo(baseline);
        int better = change.lowerIsBetter() ? -c : c;
        BigDecimal ratio = QuantityRules.ratio(numeric.value(), baseline);
        if (better > 0) {
            // 比上年提高10%: moving the right way is not enough when the wording says how far
            BigDecimal required = change.requiredLevel(baseline);
            int reached = change.lowerIsBetter() ? required.compareTo(numeric.value())
                    : numeric.value().compareTo(required);
            return reached >= 0
                    ? Evaluation.of(Status.GREEN, ratio, Reasons.IMPROVED)
                    : Evaluation.of(Status.YELLOW, ratio, Reasons.IMPROVED_TOO_LITTLE);
        }
        if (better == 0) {
            return Evaluation.of(change.steadyIsEnough() ? Status.GREEN : Status.YELLOW, ratio, Reasons.UNCHANGED);
        }
        return Evaluation.of(Status.RED, ratio, Reasons.WORSENED);
    }

    private static Evaluation deadline(Target.Deadline deadline, Period period, Actual actual) {
        if (actual == null) {
            return Evaluation.of(Status.NO_DATA, Reasons.NO_DATA);
        }
        if (!(actual instanceof Actual.DeadlineProgress progress)) {
            return mismatch();
        }
        LocalDate due = deadline.date();
        if (progress.done()) {
            return progress.doneOn().isAfter(due)
                    ? Evaluation.of(Status.RED, Reasons.DONE_LATE)
                    : Evaluation.of(Status.GREEN, Reasons.DONE_ON_TIME);
        }
        LocalDate end = period.end();
        if (!due.isAfter(end)) {
            // the report describes the state at the end of the period's last day: a date up to then is past
            return Evaluation.of(Status.RED, Reasons.DEADLINE_PASSED);
        }
        LocalDate nextReport = YearMonth.from(end).plusMonths(MONTHS_TO_NEXT_REPORT).atEndOfMonth();
        return due.isAfter(nextReport)
                ? Evaluation.of(Status.GREEN, Reasons.DEADLINE_PENDING)
                : Evaluation.of(Status.YELLOW, Reasons.DEADLINE_DUE);
    }

    static Evaluation mismatch() {
        return Evaluation.of(Status.NO_DATA, Reasons.ACTUAL_MISMATCH);
    }
}
