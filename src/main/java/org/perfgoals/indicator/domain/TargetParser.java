package org.perfgoals.indicator.domain;

import java.util.Optional;

/**
 * Turns the text of a target cell (指标目标值) into a typed target; never throws.
 *
 * <p>Order of reading, each step only when the ones before found nothing:
 * <ol>
 * <li>empty or longer than {@value #MAX_LENGTH} characters → free text (a target value is short; a page of
 *   text is a description, and reading it would only find stray numbers);</li>
 * <li>set against last year (较上一年度有提升) → RELATIVE;</li>
 * <li>a completion date (2019年12月底前) → DEADLINE; a date without year and no form year → free text;</li>
 * <li>values with comparators → QUANTITATIVE or COMPOUND (see {@link QuantityReader});</li>
 * <li>no incident at all (零投诉, 无重大安全事故) → QUANTITATIVE ≤ 0 (see {@link ZeroCounts});</li>
 * <li>a yes/no answer (是, 否, 是否按时完成：是) → QUALITATIVE expecting the answer (see {@link YesNo});</li>
 * <li>a recognised evaluative wording → QUALITATIVE (see {@link QualitativeWording}); else free text.</li>
 * </ol>
 */
public final class TargetParser {

    static final int MAX_LENGTH = 300;

    /** Reads a cell without knowing the form's year: a year-less deadline (年底前) stays qualitative. */
    public TargetReading parse(String raw) {
        return read(raw, null);
    }

    /** Reads a cell of a form for {@code defaultYear}, the year a deadline such as 年底前 or 6月30日前 falls in. */
    public TargetReading parse(String raw, int defaultYear) {
        return read(raw, defaultYear);
    }

    private TargetReading read(String raw, Integer defaultYear) {
        String stripped = raw == null ? "" : raw.strip();
        try {
            return interpret(stripped, defaultYear);
        } catch (RuntimeException e) {
            // a bug in a reader must not stop an import: the cell is kept as text and flagged
            return freeText(stripped, TargetText.clean(stripped));
        }
    }

    private TargetReading interpret(String stripped, Integer defaultYear) {
        String clean = TargetText.clean(stripped);
        if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
            return freeText(stripped, clean);
        }
        String text = TargetText.normalize(clean);
        if (RelativeWording.matches(text)) {
            return new TargetReading(stripped, new Target.Relative(clean), false, null);
        }
        switch (DeadlineReader.read(text, defaultYear)) {
            case DeadlineReader.Found f -> {
                return new TargetReading(stripped, new Target.Deadline(f.date(), f.expected()), false, null);
            }
            case DeadlineReader.NeedsYear n -> {
                return freeText(stripped, clean);
            }
            case DeadlineReader.None n -> {
                // not a deadline: go on
            }
        }
        Optional<QuantityReader.Reading> quantity = QuantityReader.read(text);
        if (quantity.isPresent()) {
            return new TargetReading(stripped, quantity.get().target(), false, quantity.get().subject());
        }
        Optional<ZeroCounts.Reading> none = ZeroCounts.read(text);
        if (none.isPresent()) {
            return new TargetReading(stripped, none.get().target(), false, none.get().subject());
        }
        Optional<YesNo.Reading> answer = YesNo.read(text);
        if (answer.isPresent()) {
            return new TargetReading(stripped, new Target.Qualitative(answer.get().answer()), false,
                    answer.get().subject());
        }
        return QualitativeWording.recognised(text)
                ? new TargetReading(stripped, new Target.Qualitative(clean), false, null)
                : freeText(stripped, clean);
    }

    private static TargetReading freeText(String stripped, String clean) {
        return new TargetReading(stripped, new Target.Qualitative(clean), true, null);
    }
}
