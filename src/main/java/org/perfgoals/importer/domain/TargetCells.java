package org.perfgoals.importer.domain;

import java.util.Set;
import java.util.regex.Pattern;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * The target text of an indicator row whose comparator (指标性质) and unit (度量单位) stand in columns of their own:
 * 指标性质 ≥, 指标值 95, 度量单位 % → ≥95%. The value cell wins where it already says the comparator or the unit;
 * 定性 and 定量 say the kind, not a comparator, and add nothing.
 */
final class TargetCells {

    /** What a 指标性质 cell may hold that is a comparator, as written (full-width forms are folded first). */
    private static final Set<String> COMPARATORS = Set.of("≥", "≤", ">", "<", "=", ">=", "<=", "≧", "≦",
            "大于等于", "小于等于", "不低于", "不高于", "不少于", "不超过", "大于", "小于", "等于");
    /** A value that already starts with a comparator (symbol or word). */
    private static final Pattern STARTS_COMPARED = Pattern.compile(
            "^(?:[≥≤<>=≧≦≈]|大于|小于|等于|不低于|不高于|不少于|不超过|不多于|至少|最多|约|达到|控制在).*");
    private static final Pattern ENDS_WITH_DIGIT = Pattern.compile(".*[0-9]$");
    /** A unit is a word or a sign (%, ‰, 人次, 万元); a dash or slash in the unit column says "none". */
    private static final Pattern UNIT = Pattern.compile("[\\p{L}%‰㎡].*");

    private TargetCells() {
    }

    static String combine(String nature, String value, String measureUnit) {
        if (value.isEmpty()) {
            return value;
        }
        String folded = HalfWidth.key(value);
        String comparator = HalfWidth.key(nature);
        String text = value;
        String unit = measureUnit.strip();
        if (UNIT.matcher(HalfWidth.fold(unit)).matches() && ENDS_WITH_DIGIT.matcher(folded).matches()
                && !unit.equals("定性") && !unit.equals("无")) {
            text = text + unit;
        }
        if (COMPARATORS.contains(comparator) && !STARTS_COMPARED.matcher(folded).matches()) {
            text = nature.strip() + text;
        }
        return text;
    }
}
