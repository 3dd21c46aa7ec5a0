package org.perfgoals.indicator.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a target set against last year's value asks for, read from its wording (较上一年度有提升, 投诉量较上年下降,
 * 不低于上年, 比上年提高10%, 较上年增长5个百分点, 投诉量较上年减少10件): which way the value should move, whether holding
 * last year's level is enough, and by how much it must move, if the wording says.
 *
 * @param lowerIsBetter  the value should fall (下降, 降低, 减少, 缩短, 压缩, 低于, 少于); without a direction word it
 *                       should rise, as most such targets ask for improvement
 * @param steadyIsEnough holding last year's level meets the target: the wording only forbids a move the wrong way
 *                       (不低于上年, 不下降, 不超过上年)
 * @param amount         how much it must move, null when the wording names no amount
 * @param by             what {@code amount} counts: a share of last year's value (10%), percentage points
 *                       (5个百分点), or the indicator's own unit (10件); null without an amount
 * @param unit           the unit written after an absolute amount (件), "" when none
 */
public record RelativeChange(boolean lowerIsBetter, boolean steadyIsEnough, @Nullable BigDecimal amount,
        @Nullable By by, String unit) {

    /** What a required amount counts. */
    public enum By { PERCENT, POINTS, ABSOLUTE }

    private static final List<String> UP = List.of("提升", "提高", "增长", "增加", "上升", "高于", "多于", "超过", "优于", "好于");
    private static final List<String> DOWN = List.of("下降", "降低", "减少", "缩短", "压缩", "低于", "少于");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** After the direction word: an optional 了 / 幅度 / 不少于, the number, and what it counts. */
    private static final Pattern AMOUNT = Pattern.compile(
            "^\\s*(?:了|幅度|幅度为|幅度不低于|不少于|不低于|至少|达到|达)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*"
                    + "(%|％|个百分点|百分点|[\\p{IsHan}&&[^以及和且，。；、]]{0,2}|[A-Za-z]{0,5})");

    public RelativeChange {
        unit = unit == null ? "" : unit;
        if ((amount == null) != (by == null)) {
            throw new IllegalArgumentException("an amount needs what it counts, and only an amount");
        }
    }

    /** Reads the wording of a relative target; never fails (no direction word → should rise, no amount). */
    public static RelativeChange read(String expected) {
        String text = expected == null ? "" : TargetText.normalize(TargetText.clean(expected));
        int up = firstIndex(text, UP);
        int down = firstIndex(text, DOWN);
        if (up < 0 && down < 0) {
            return new RelativeChange(false, false, null, null, "");
        }
        // the word that comes first names the target; a later one usually describes a means
        boolean downFirst = down >= 0 && (up < 0 || down < up);
        int at = downFirst ? down : up;
        boolean negated = at > 0 && text.charAt(at - 1) == '不';
        if (negated) {
            // 不下降 = must not fall (higher is better, steady is enough); 不超过 = must not rise
            return new RelativeChange(!downFirst, true, null, null, "");
        }
        String word = (downFirst ? DOWN : UP).stream().filter(w -> text.startsWith(w, at)).findFirst().orElseThrow();
        Matcher m = AMOUNT.matcher(text.substring(at + word.length()));
        if (!m.find() || new BigDecimal(m.group(1)).signum() == 0) {
            return new RelativeChange(downFirst, false, null, null, "");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        String written = m.group(2);
        // 增长20万元: the multiplier belongs to the number
        if (written.startsWith("万") || written.startsWith("亿")) {
            amount = amount.multiply(BigDecimal.TEN.pow(written.startsWith("万") ? 4 : 8));
            written = written.substring(1);
        }
        By by = switch (written) {
            case "%", "％" -> By.PERCENT;
            case "个百分点", "百分点" -> By.POINTS;
            default -> By.ABSOLUTE;
        };
        return new RelativeChange(downFirst, false, amount, by, by == By.ABSOLUTE ? written : "");
    }

    public boolean hasAmount() {
        return amount != null;
    }

    /**
     * The level this year's value must reach given last year's: last year's moved by the amount in the target's
     * direction (by 10 % of it, by 5 points, or by 10 of its units); last year's value itself without an amount.
     */
    public BigDecimal requiredLevel(BigDecimal baseline) {
        if (amount == null) {
            return baseline;
        }
        BigDecimal change = switch (by) {
            case PERCENT -> baseline.abs().multiply(amount).divide(HUNDRED, MathContext.DECIMAL64);
            case POINTS, ABSOLUTE -> amount;
        };
        return lowerIsBetter ? baseline.subtract(change) : baseline.add(change);
    }

    private static int firstIndex(String text, List<String> words) {
        int first = -1;
        for (String w : words) {
            int i = text.indexOf(w);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
