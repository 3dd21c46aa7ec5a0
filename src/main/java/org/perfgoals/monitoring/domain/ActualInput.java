package org.perfgoals.monitoring.domain;

import org.perfgoals.indicator.domain.HalfWidth;
import org.perfgoals.indicator.domain.IndicatorNames;
import org.perfgoals.indicator.domain.MeasureUnits;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value a person types for a quantitative indicator, in the indicator's canonical unit. People type
 * from Chinese input methods (full-width ９８．５％, 1，234), with or without the unit, and count in 万; what
 * cannot be read exactly is refused with a stable error code (an i18n key), never guessed.
 *
 * <p>Accepted: a non-negative decimal ("98", "98.5"), optionally signed "+", with thousands separators only in
 * groups of three ("1,234,567", "1，234"), surrounded by spaces, followed by
 * <ul>
 * <li>"%" when the unit is % ("98%"), or "‰" (0.1 ‰ = 0.01 %);</li>
 * <li>the indicator's own unit ("30分钟", "400000人", "4.97元/分钟");</li>
 * <li>万 (×10 000) or 亿 (×100 000 000), optionally with the unit ("40万", "40万人"), for counts, 元 and bare
 *   numbers only: "40万分钟" or "1万%" is surely a slip.</li>
 * </ul>
 * Refused: nothing typed ({@code actual.empty}); letters, two numbers, a misplaced separator, NaN or infinity
 * ({@code actual.notNumber}); a value below 0 ({@code actual.negative}); above 100 % where the indicator is a
 * share ({@code actual.percentOutOfRange}, see {@link #percentCanExceed100}); 10<sup>15</sup> or more
 * ({@code actual.tooLarge}: beyond any budget in 元).
 */
public final class ActualInput {

    public static final String EMPTY = "actual.empty";
    public static final String NOT_NUMBER = "actual.notNumber";
    public static final String NEGATIVE = "actual.negative";
    public static final String PERCENT_OUT_OF_RANGE = "actual.percentOutOfRange";
    public static final String TOO_LARGE = "actual.tooLarge";

    /** Exclusive upper bound: a quadrillion yuan is no real value, only a key held down. */
    static final BigDecimal MAX = BigDecimal.TEN.pow(15);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /** Sign, number (grouped by threes, or plain digits), and whatever follows, to be checked separately. */
    private static final Pattern INPUT =
            Pattern.compile("([+-]?)\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(.*)");

    /** The outcome: exactly one of {@code value} and {@code error} is non-null. */
    public record ParsedNumber(BigDecimal value, String error) {
        public ParsedNumber {
            if ((value == null) == (error == null)) {
                throw new IllegalArgumentException("exactly one of value and error");
            }
        }

        static ParsedNumber of(BigDecimal value) {
            return new ParsedNumber(value, null);
        }

        static ParsedNumber failure(String error) {
            return new ParsedNumber(null, error);
        }

        public boolean isValid() {
            return value != null;
        }
    }

    private ActualInput() {
    }

    /**
     * Reads {@code text} as a value in {@code measureUnit} (a canonical unit of the target parser, "" for a bare
     * number). The value comes back without trailing zeros (98.50 → 98.5).
     */
    public static ParsedNumber parse(String text, String measureUnit, boolean percentCanExceed100) {
        String u = measureUnit == null ? "" : measureUnit;
        String input = normalize(text);
        if (input.isEmpty()) {
            return ParsedNumber.failure(EMPTY);
        }
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            return ParsedNumber.failure(NOT_NUMBER);
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
        BigDecimal scaled = applySuffix(value, m.group(3).strip(), u);
        if (scaled == null) {
            return ParsedNumber.failure(NOT_NUMBER);
        }
        if ("-".equals(m.group(1)) && scaled.signum() != 0) {
            return ParsedNumber.failure(NEGATIVE);
        }
        if (scaled.compareTo(MAX) >= 0) {
            return ParsedNumber.failure(TOO_LARGE);
        }
        if (MeasureUnits.isPercent(u) && !percentCanExceed100 && scaled.compareTo(HUNDRED) > 0) {
            return ParsedNumber.failure(PERCENT_OUT_OF_RANGE);
        }
        return ParsedNumber.of(canonical(scaled));
    }

    /**
     * Whether a percentage for this indicator may exceed 100: completion and execution of the year's work
     * (完成率, 执行率, 完成情况, 达成率, 实现率, 支出进度 …, 143 % of a plan occurs) and change against another
     * period (增长率, 增幅, 提升率, 提高率, 同比, 环比). Every other percentage is a share of a whole that cannot
     * pass 100 % (满意度, 接通率, 合格率, 流失率, 投诉率, 覆盖率, 及时率, 准确率, 知晓率 …); an unknown or missing
     * name is treated as a share, the safer default: a refusal can be corrected, a wrong value stays.
     */
    public static boolean percentCanExceed100(String indicatorName) {
        return IndicatorNames.isCompletion(indicatorName) || IndicatorNames.isGrowth(indicatorName);
    }

    /** The value after what follows the number, or null when that is not an accepted suffix for the unit. */
    private static BigDecimal applySuffix(BigDecimal value, String suffix, String measureUnit) {
        if (suffix.isEmpty() || suffix.equals(measureUnit)) {
            return value;
        }
        if (MeasureUnits.isPercent(measureUnit)) {
            return suffix.equals("‰") ? value.movePointLeft(1) : null;
        }
        if (!(MeasureUnits.isBare(measureUnit) || MeasureUnits.isMoney(measureUnit)
                || MeasureUnits.isCount(measureUnit))) {
            return null;
        }
        BigDecimal factor = suffix.startsWith("万") ? TEN_THOUSAND : suffix.startsWith("亿") ? HUNDRED_MILLION : null;
        if (factor == null) {
            return null;
        }
        String rest = suffix.substring(1).strip();
        return rest.isEmpty() || rest.equals(measureUnit) ? value.multiply(factor) : null;
    }

    /** Full-width forms to ASCII, every kind of space to one space, dashes to a minus sign; then stripped. */
    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HalfWidth.isFullWidth(c)) {
                out.append(HalfWidth.fold(c)); // ９ → 9, ．→ ., ，→ ,, ％ → %, －, ＋
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append(switch (c) {
                    case '−', '–', '—', '﹣' -> '-';
                    case '﹪' -> '%';
                    default -> c;
                });
            }
        }
        return out.toString().strip();
    }

    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
