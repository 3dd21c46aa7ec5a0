package org.perfgoals.importer.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.perfgoals.indicator.domain.TargetReading;

/** Names the indicators of a row: one name per measure listed in the cell, or one taken from the target. */
final class IndicatorRowNames {

    /** How the name of something measurable ends (完成率, 满意度, 人数, 培训人次, 建设情况, 处理时间 …). */
    private static final List<String> MEASURE_ENDINGS = List.of(
            "率", "度", "数", "量", "次", "情况", "时间", "天数", "金额", "额", "比例", "比重", "占比", "成本", "性",
            "时长", "期限", "覆盖面");
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile("[，,；;。：:]");
    /** Where the value starts in a target text: a comparator, a digit or LaTeX. */
    private static final Pattern VALUE_START = Pattern.compile("[≥≤<>=＜＞＝$\\d０-９]");
    private static final int MAX_NAME_LENGTH = 20;

    private IndicatorRowNames() {
    }

    /**
     * "业务培训计划完成率、采购计划完成率" names two indicators; "学生、家长、社会满意度" names one, since 学生 is no
     * measure by itself.
     */
    static List<String> split(String cell) {
        List<String> parts = Arrays.stream(cell.split("、")).map(String::strip).toList();
        boolean eachIsAMeasure = parts.size() > 1
                && parts.stream().allMatch(part -> MEASURE_ENDINGS.stream().anyMatch(part::endsWith));
        return eachIsAMeasure ? parts : List.of(cell.strip());
    }

    /**
     * A name for a row that gives none: what the target says it measures, else the target's clause that
     * carries the value, without the value (排除政策变动因素，完成鉴定人数40万左右 → 完成鉴定人数).
     */
    static String fromTarget(TargetReading reading) {
        if (reading.subject() != null && !reading.subject().isBlank()) {
            return reading.subject().strip();
        }
        List<String> clauses = Arrays.stream(CLAUSE_SEPARATOR.split(reading.raw()))
                .map(String::strip).filter(clause -> !clause.isEmpty()).toList();
        if (clauses.isEmpty()) {
            return reading.raw();
        }
        String clause = clauses.stream().filter(c -> VALUE_START.matcher(c).find()).findFirst()
                .orElse(clauses.getFirst());
        var valueStart = VALUE_START.matcher(clause);
        String name = valueStart.find() && valueStart.start() > 0 ? clause.substring(0, valueStart.start()).strip()
                : clause;
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) + "…" : name;
    }
}
