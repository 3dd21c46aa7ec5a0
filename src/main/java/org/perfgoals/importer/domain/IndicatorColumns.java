package org.perfgoals.importer.domain;

import java.util.Optional;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * Where the indicator table keeps what, read from its header: 一级指标⇥二级指标⇥三级指标⇥指标目标值, or the
 * three-column 分解目标内容⇥绩效指标⇥指标目标值. A column the table does not have is -1.
 */
record IndicatorColumns(int level1, int level2, int name, int target) {

    /** The usual four columns, for a table that lost its header. */
    static final IndicatorColumns FOUR_COLUMNS = new IndicatorColumns(0, 1, 2, 3);

    static Optional<IndicatorColumns> fromHeader(Row row) {
        int level1 = -1;
        int level2 = -1;
        int name = -1;
        int target = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            String key = HalfWidth.key(row.cell(i));
            if (key.contains("目标值") || key.contains("指标值")) {
                target = i;
            } else if (key.startsWith("一级指标") || key.startsWith("分解目标内容")) {
                level1 = i;
            } else if (key.startsWith("二级指标")) {
                level2 = i;
            } else if (key.startsWith("三级指标") || key.equals("绩效指标") || key.equals("指标名称")) {
                name = i;
            }
        }
        boolean isHeader = target >= 0 && (level1 >= 0 || name >= 0);
        return isHeader ? Optional.of(new IndicatorColumns(level1, level2, name, target)) : Optional.empty();
    }
}
