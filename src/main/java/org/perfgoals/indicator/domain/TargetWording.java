package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Says a target in plain words for the UI ("≥ 80 %，越高越好", "约 400,000 人（允许偏差）"). Every word comes
 * from the i18n bundles through {@link Messages} (keys {@code target.words.*}); only numbers, units and the
 * form's own wording (labels, expected texts) are passed through, since they are data, not UI text.
 */
public final class TargetWording {

    static final String PREFIX = "target.words.";

    private final Messages messages;

    public TargetWording(Messages messages) {
        this.messages = messages;
    }

    public String describe(TargetReading reading) {
        return describe(reading.target());
    }

    public String describe(Target target) {
        return switch (target) {
            case Target.Quantitative q -> word("quantitative." + q.polarity().name(), limit(q));
            case Target.Compound c -> compound(c);
            case Target.Qualitative q -> word("qualitative", q.expected());
            case Target.Relative r -> relative(RelativeChange.read(r.expected()));
            case Target.Deadline d -> d.expected().isBlank()
                    ? word("deadline", d.date().toString())
                    : word("deadline.what", d.date().toString(), d.expected());
        };
    }

    /** "≥ 80 %", "< 4.97 元/分钟", "约 400,000 人": the comparison without its direction. */
    public String limit(Target.Quantitative q) {
        String number = number(q.value());
        String key = q.comparator() == Comparator.APPROX ? "limit.approx" : "limit";
        return q.unit().isEmpty()
                ? word(key + ".nounit", comparatorSymbol(q.comparator()), number)
                : word(key, comparatorSymbol(q.comparator()), number, q.unit());
    }

    public String kindName(TargetKind kind) {
        return word("kind." + kind.name());
    }

    public String polarityName(Polarity polarity) {
        return word("polarity." + polarity.name());
    }

    public String comparatorName(Comparator comparator) {
        return word("comparator." + comparator.name());
    }

    public String comparatorSymbol(Comparator comparator) {
        return word("symbol." + comparator.name());
    }

    /** Thousands separated, no trailing zeros: 400000 → 400,000; 80.00 → 80; 0.10 → 0.1. */
    public static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(20);
        return format.format(Numbers.canonical(value));
    }

    private String compound(Target.Compound compound) {
        String text = null;
        for (Target.Part part : compound.parts()) {
            String said = isImmediate(part.target())
                    ? word("part.immediate", part.label())
                    : word("part", part.label(), limit(part.target())).strip();
            text = text == null ? said : word("and", text, said);
        }
        return text == null ? "" : text;
    }

    /** "较上年有提升", "不低于上年", "较上年降低 10 %", "较上年增加 5 个百分点", "较上年减少 10 件". */
    private String relative(RelativeChange change) {
        String way = change.lowerIsBetter() ? "down" : "up";
        if (change.steadyIsEnough()) {
            return word("relative.steady." + way);
        }
        if (!change.hasAmount()) {
            return change.lowerIsBetter() ? word("relative.down") : word("relative");
        }
        return word("relative." + change.by().name().toLowerCase(Locale.ROOT) + "." + way,
                number(change.amount()), change.unit()).strip();
    }

    /** The parser reads 立即响应 as a limit of 0 minutes; it is said the way the form says it. */
    private static boolean isImmediate(Target.Quantitative q) {
        return q.comparator() == Comparator.LE && q.value().signum() == 0 && q.unit().equals("分钟");
    }

    private String word(String key, Object... args) {
        return messages.get(PREFIX + key, args);
    }
}
