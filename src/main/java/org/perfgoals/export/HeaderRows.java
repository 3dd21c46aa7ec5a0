package org.perfgoals.export;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ProjectHeader;

/** The top of {@link MonitoringWorkbook}'s form: the title, then the project, the period and the states. */
final class HeaderRows extends FormBlock {

    private final MonitoringWorkbook owner;

    HeaderRows(MonitoringWorkbook owner, FormCells cells, PeriodSheet sheet, TranslationProvider messages,
               Locale locale) {
        super(cells, sheet, messages, locale);
        this.owner = owner;
    }

    void titleRow() {
        Row row = cells.newRow();
        row.setHeightInPoints(30);
        Cell cell = row.createCell(0);
        cell.setCellValue(messages.getTranslation("export.title", locale, owner.periodLabel(sheet.period(), locale)));
        cell.setCellStyle(cells.styles().title);
        cells.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0,
                MonitoringWorkbook.COLUMNS - 1));
    }

    void headerBlock() {
        ProjectHeader project = sheet.project();
        Period period = sheet.period();
        Row first = cells.newRow();
        cells.labelCell(first, 0, 0, messages.getTranslation("export.projectName", locale));
        cells.textCell(first, 1, 4, project.name());
        cells.labelCell(first, 5, 5, messages.getTranslation("export.department", locale));
        cells.textCell(first, 6, 9, project.unit());
        cells.fitHeight(first, List.of(project.name()), 4 * 22);

        Row second = cells.newRow();
        cells.labelCell(second, 0, 0, messages.getTranslation("export.period", locale));
        cells.textCell(second, 1, 4, messages.getTranslation("export.period.span", locale,
                owner.periodLabel(period, locale), period.start().toString(), period.end().toString()));
        cells.labelCell(second, 5, 5, messages.getTranslation("export.timeProgress", locale));
        cells.rateCell(second, 6, 9, period.timeProgress());

        Row third = cells.newRow();
        cells.labelCell(third, 0, 0, messages.getTranslation("export.projectStatus", locale));
        cells.statusCell(third, 1, 4, sheet.projectStatus());
        cells.labelCell(third, 5, 5, messages.getTranslation("export.reportState", locale));
        cells.textCell(third, 6, 9, messages.getTranslation("reportState." + sheet.report().state().name(),
                locale));
    }
}
