package org.perfgoals.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;

/**
 * The indicator table of {@link MonitoringWorkbook}'s form: the headings (frozen), one row per indicator with its
 * target, value so far, expected full-year value, status, cause, likelihood and measures, and the levels merged.
 */
final class IndicatorRows extends FormBlock {

    private final MonitoringWording wording;

    IndicatorRows(FormCells cells, PeriodSheet sheet, TranslationProvider messages, Locale locale,
                  MonitoringWording wording) {
        super(cells, sheet, messages, locale);
        this.wording = wording;
    }

    void write() {
        cells.sectionRow(messages.getTranslation("export.indicators", locale));
        Row header = cells.newRow();
        String[] headings = {
            messages.getTranslation("export.level1", locale),
            messages.getTranslation("export.level2", locale),
            messages.getTranslation("export.level3", locale),
            messages.getTranslation("export.target", locale),
            messages.getTranslation("export.actual", locale),
            messages.getTranslation("export.expectedFullYear", locale),
            messages.getTranslation("export.status", locale),
            messages.getTranslation("export.cause", locale),
            messages.getTranslation("export.likelihood", locale),
            messages.getTranslation("export.measures", locale),
        };
        for (int column = 0; column < MonitoringWorkbook.COLUMNS; column++) {
            cells.labelCell(header, column, column, headings[column]);
        }
        cells.fitHeight(header, List.of(headings), 0);
        cells.sheet().createFreezePane(0, cells.next());
        int first = cells.next();
        for (SheetRow line : sheet.rows()) {
            indicatorRow(line);
        }
        mergeGroups(first, cells.next() - 1);
    }

    private void indicatorRow(SheetRow line) {
        IndicatorRecord indicator = line.indicator();
        ActualRecord value = line.current();
        Row row = cells.newRow();
        cells.textCell(row, 0, 0, indicator.level1());
        cells.textCell(row, 1, 1, indicator.level2());
        cells.textCell(row, 2, 2, indicator.name());
        String target = target(indicator);
        cells.textCell(row, 3, 3, target);
        String actual = actualCell(row, 4, line);
        cells.textCell(row, 5, 5, value == null ? null : value.expectedFullYear());
        cells.statusCell(row, 6, 6, line.evaluation().status());
        String cause = wording.cause(value);
        cells.textCell(row, 7, 7, cause);
        cells.centeredCell(row, 8, value == null || value.likelihood() == null ? null
                : wording.likelihood(value));
        String measures = value == null ? null : value.measures();
        cells.textCell(row, 9, 9, measures);
        List<String> texts = new ArrayList<>();
        texts.add(FormCells.nz(indicator.level1()));
        texts.add(FormCells.nz(indicator.level2()));
        texts.add(FormCells.nz(indicator.name()));
        texts.add(target);
        texts.add(actual);
        texts.add(value == null ? "" : FormCells.nz(value.expectedFullYear()));
        texts.add("");
        texts.add(cause);
        texts.add("");
        texts.add(FormCells.nz(measures));
        cells.fitHeight(row, texts, 0);
    }

    /**
     * The value so far: a number with its unit as a numeric cell for a quantitative target (and the derived
     * 预算执行率), the parts joined for a compound one, the assessment's wording, or the deadline's progress.
     *
     * @return the text the cell shows, for the row height
     */
    private String actualCell(Row row, int column, SheetRow line) {
        Target target = line.indicator().target();
        if (line.derived()) {
            return cells.numberCell(row, column, line.derivedValue(), "%");
        }
        ActualRecord value = line.current();
        if (value != null && target instanceof Target.Quantitative q) {
            return cells.numberCell(row, column, value.numericValue(), q.unit());
        }
        String said = wording.value(value, target);
        cells.textCell(row, column, column, value == null ? null : said);
        return said;
    }

    private String target(IndicatorRecord indicator) {
        return wording.target(indicator);
    }

    /** Merges runs of equal 一级指标 in column A, and of equal 一级 + 二级指标 in column B. */
    private void mergeGroups(int first, int last) {
        List<SheetRow> rows = sheet.rows();
        mergeRuns(first, last, 0, index -> FormCells.nz(rows.get(index).indicator().level1()));
        mergeRuns(first, last, 1, index -> FormCells.nz(rows.get(index).indicator().level1()) + "\u0000"
                + FormCells.nz(rows.get(index).indicator().level2()));
    }

    private void mergeRuns(int first, int last, int column, IntFunction<String> key) {
        int start = first;
        for (int rowIndex = first + 1; rowIndex <= last + 1; rowIndex++) {
            boolean ends = rowIndex > last || !key.apply(rowIndex - first).equals(key.apply(start - first));
            if (ends) {
                if (rowIndex - 1 > start && !key.apply(start - first).isBlank()) {
                    cells.sheet().addMergedRegion(new CellRangeAddress(start, rowIndex - 1, column, column));
                }
                start = rowIndex;
            }
        }
    }
}
