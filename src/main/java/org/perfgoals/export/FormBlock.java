package org.perfgoals.export;

import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.monitoring.read.PeriodSheet;

/**
 * A block of rows of {@link MonitoringWorkbook}'s form ({@link HeaderRows}, {@link BudgetRows},
 * {@link IndicatorRows}): what each writes with — the sheet's cells, the period's sheet and the texts in the locale.
 */
abstract class FormBlock {

    final FormCells cells;
    final PeriodSheet sheet;
    final TranslationProvider messages;
    final Locale locale;

    FormBlock(FormCells cells, PeriodSheet sheet, TranslationProvider messages, Locale locale) {
        this.cells = cells;
        this.sheet = sheet;
        this.messages = messages;
        this.locale = locale;
    }
}
