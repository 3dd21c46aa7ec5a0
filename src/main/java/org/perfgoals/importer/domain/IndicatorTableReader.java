package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfgoals.indicator.domain.TargetParser;
import org.perfgoals.indicator.domain.TargetReading;

/**
 * Reads the 分解目标 table into indicators. Merged cells print nothing on the rows they continue, so the
 * 一级 and 二级 of a row are the last ones printed above it; a row with an empty target names nothing to
 * monitor; a header repeated after a page break is skipped.
 */
final class IndicatorTableReader {

    /**
     * {@code lastRowCut}: the table ends with its header or with a row that stops before its target column,
     * as a cut-off file leaves it.
     */
    record Result(List<IndicatorData> indicators, boolean lastRowCut) {
    }

    private final TargetParser targetParser;

    IndicatorTableReader(TargetParser targetParser) {
        this.targetParser = targetParser;
    }

    /** Reads the table's rows; {@code year} (may be null) dates year-less deadlines such as 年底前. */
    Result read(List<Row> rows, Integer year, FormIssues issues) {
        List<IndicatorData> indicators = new ArrayList<>();
        IndicatorColumns columns = null;
        String printedLevel1 = null;
        String level2 = null;
        for (Row row : rows) {
            Optional<IndicatorColumns> header = IndicatorColumns.fromHeader(row);
            if (header.isPresent()) {
                columns = header.get();
                continue;
            }
            if (columns == null) {
                columns = IndicatorColumns.FOUR_COLUMNS;
                issues.warning("indicators.header.missing", row.line());
            }
            String level1Cell = row.cell(columns.level1());
            String level2Cell = row.cell(columns.level2());
            if (!level1Cell.isEmpty()) {
                printedLevel1 = level1Cell;
            }
            if (!level2Cell.isEmpty() || !level1Cell.isEmpty()) {
                level2 = level2Cell.isEmpty() ? null : level2Cell;
            }
            String targetText = TargetCells.combine(row.cell(columns.nature()), row.cell(columns.target()),
                    row.cell(columns.measureUnit()));
            if (targetText.isEmpty()) {
                continue;
            }
            TargetReading target = year == null ? targetParser.parse(targetText) : targetParser.parse(targetText, year);
            String level1 = IndicatorCategories.level1Of(level2).orElse(printedLevel1);
            List<String> names = names(row.cell(columns.name()), level2, target);
            for (String name : names) {
                indicators.add(new IndicatorData(level1, level2, name, target, row.line()));
            }
            if (target.freeText()) {
                issues.warning("target.freeText", row.line(), String.join("、", names), targetText);
            }
        }
        return new Result(indicators, isCut(rows, columns));
    }

    private static List<String> names(String nameCell, String level2, TargetReading target) {
        if (!nameCell.isEmpty()) {
            return IndicatorRowNames.split(nameCell);
        }
        if (level2 != null && !IndicatorCategories.isCategory(level2)) {
            return List.of(level2);
        }
        return List.of(IndicatorRowNames.fromTarget(target));
    }

    private static boolean isCut(List<Row> rows, IndicatorColumns columns) {
        if (rows.isEmpty() || columns == null) {
            return false;
        }
        Row last = rows.getLast();
        return IndicatorColumns.fromHeader(last).isPresent() || last.cells().size() <= columns.target();
    }
}
