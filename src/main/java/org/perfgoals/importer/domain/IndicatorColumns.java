package org.perfgoals.importer.domain;

import java.util.Optional;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Where the indicator table keeps what, read from its header: 一级指标⇥二级指标⇥三级指标⇥指标目标值, the
 * three-column 分解目标内容⇥绩效指标⇥指标目标值, or the national 一级指标⇥二级指标⇥三级指标⇥指标值 with, in some
 * provinces, 指标性质 (≥ ≤ = 定性) and 度量单位 in columns of their own. A long-term value (长期指标值, 中期指标值)
 * and the basis of a value (指标值设定依据) are no target; where a year's and another value stand side by side,
 * the year's (年度指标值) is the target. A column the table does not have is -1.
 */
record IndicatorColumns(int level1, int level2, int name, int target, int nature, int measureUnit) {

    /** The usual four columns, for a table that lost its header. */
    static final IndicatorColumns FOUR_COLUMNS = new IndicatorColumns(0, 1, 2, 3, -1, -1);

    static Optional<IndicatorColumns> fromHeader(Row row) {
        int level1 = -1;
        int level2 = -1;
        int name = -1;
        int target = -1;
        boolean yearTarget = false;
        int nature = -1;
        int measureUnit = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            String key = HalfWidth.key(row.cell(i));
            if (key.contains("目标值") || key.contains("指标值")) {
                if (isTarget(key) && (target < 0 || !yearTarget && key.contains("年度"))) {
                    target = i;
                    yearTarget = key.contains("年度");
                }
            } else if (key.startsWith("一级指标") || key.startsWith("分解目标内容")) {
                level1 = i;
            } else if (key.startsWith("二级指标")) {
                level2 = i;
            } else if (key.startsWith("三级指标") || key.equals("绩效指标") || key.equals("指标名称")) {
                name = i;
            } else if (key.startsWith("指标性质")) {
                nature = i;
            } else if (key.startsWith("度量单位") || key.startsWith("计量单位")) {
                measureUnit = i;
            }
        }
        boolean isHeader = target >= 0 && (level1 >= 0 || name >= 0);
        return isHeader ? Optional.of(new IndicatorColumns(level1, level2, name, target, nature, measureUnit))
                : Optional.empty();
    }

    private static boolean isTarget(String key) {
        return !key.startsWith("长期") && !key.startsWith("中期") && !key.contains("依据") && !key.contains("来源")
                && !key.contains("说明");
    }
}
