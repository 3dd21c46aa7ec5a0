package org.perfgoals.project.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.math.BigDecimal;
import java.util.List;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.chart.ApexChart;
import org.perfgoals.chart.ChartConfig;
import org.perfgoals.chart.Series;
import org.perfgoals.chart.ValueFormat;
import org.perfgoals.project.BudgetItemRecord;
import org.perfgoals.project.ProjectDetails;

/** The current-year budget composition: a donut of the sub-items beside a table with amount and share. */
class BudgetComposition extends FlexLayout {

    final ApexChart chart;
    final Grid<BudgetItemRecord> table = new Grid<>();

    BudgetComposition(ProjectDetails project) {
        List<BudgetItemRecord> items = project.budgetItems();
        BigDecimal sum = project.budgetItemsSum();
        chart = new ApexChart(ChartConfig.donut(
                items.stream().map(BudgetItemRecord::name).toList(),
                new Series(getTranslation("budget.amount"), items.stream().map(BudgetItemRecord::amount).toList()),
                ValueFormat.YUAN, getLocale().toLanguageTag(), getTranslation("budget.total"),
                getTranslation("budget.none")));
        chart.addClassName("budget-donut");
        table.addColumn(BudgetItemRecord::name).setHeader(getTranslation("budget.item")).setFlexGrow(2)
                .setFooter(getTranslation("budget.sum"));
        table.addColumn(item -> Formats.yuan(this, item.amount())).setHeader(getTranslation("budget.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFooter(Formats.yuan(this, sum));
        table.addColumn(item -> Formats.share(item.shareOf(sum))).setHeader(getTranslation("budget.share"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFooter(sum.signum() == 0 ? "—" : Formats.share(BigDecimal.valueOf(100)));
        table.setItems(items);
        // A usual budget shows whole; a long one scrolls inside a fixed height, rendering only the visible rows.
        if (items.size() <= IndicatorTree.ALL_ROWS_UP_TO) {
            table.setAllRowsVisible(true);
        } else {
            table.setHeight("30em");
        }
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addClassName("budget-table");
        setFlexWrap(FlexWrap.WRAP);
        setWidthFull();
        getStyle().set("gap", "var(--lumo-space-l)");
        chart.getStyle().set("flex", "1 1 22em").set("min-width", "18em");
        table.getStyle().set("flex", "2 1 28em");
        add(chart, table);
        if (project.currentYearBudget() != null && sum.compareTo(project.currentYearBudget()) != 0) {
            Span mismatch = new Span(getTranslation("budget.mismatch", Formats.amount(sum),
                    Formats.amount(project.currentYearBudget()),
                    Formats.amount(project.currentYearBudget().subtract(sum).abs())));
            mismatch.getElement().getThemeList().add("badge warning");
            mismatch.addClassName("budget-mismatch");
            add(mismatch);
        }
    }
}
