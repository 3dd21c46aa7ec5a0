package org.perfgoals.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.monitoring.domain.scoring.Level1Score;
import org.perfgoals.monitoring.domain.scoring.SchemeWeights;
import org.perfgoals.monitoring.domain.scoring.SelfEvaluation;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.sheet.Scores;

/**
 * The self-evaluation so far (绩效自评): total out of 100 and grade, points per 一级指标, and which weights were
 * used; a manager of the unit can switch between equal weights, the national scheme and points of their own.
 */
class SelfEvaluationPanel extends VerticalLayout {

    final SelfEvaluation evaluation;
    final Span total = new Span();
    final Paragraph weights = new Paragraph();
    final Select<WeightScheme> scheme = new Select<>();
    final Grid<Level1Score> breakdown = new Grid<>();

    /** Shown when the unit chooses its own points per 一级; null for people who cannot change the weights. */
    CustomWeightsForm custom;

    SelfEvaluationPanel(PeriodSheet sheet, boolean canChange, CustomWeightsForm.WeightsChange onChange) {
        setPadding(false);
        addClassName("self-evaluation");
        evaluation = Scores.evaluate(sheet);
        total.setText(evaluation.scorable()
                ? getTranslation("overview.scoreValue", evaluation.total().toPlainString(),
                getTranslation("grade." + evaluation.grade().name()))
                : getTranslation("score.notYet"));
        total.addClassName("score-total");
        SchemeWeights used = sheet.project().weights();
        weights.setText(getTranslation("score.weights", getTranslation("score.scheme." + used.name()),
                used.level1Points().isEmpty() ? getTranslation("score.scheme.equalDetail")
                        : Texts.series(this, used.level1Points().entrySet().stream().map(e -> e.getKey() + " "
                        + e.getValue().stripTrailingZeros().toPlainString()).toList())));
        breakdown.addColumn(Level1Score::level1).setHeader(getTranslation("score.level1"));
        // Weights are kept to 4 decimals so they sum to exactly 100; two read better.
        breakdown.addColumn(line -> line.weight().setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString())
                .setHeader(getTranslation("score.weight")).setTextAlign(ColumnTextAlign.END);
        breakdown.addColumn(line -> line.points().toPlainString() + " / " + line.maxPoints().toPlainString())
                .setHeader(getTranslation("score.points")).setTextAlign(ColumnTextAlign.END);
        breakdown.setItems(evaluation.breakdown());
        breakdown.setAllRowsVisible(true);
        breakdown.addThemeVariants(GridVariant.LUMO_COMPACT);
        breakdown.setWidth("100%");
        breakdown.setMaxWidth("36em");
        scheme.setLabel(getTranslation("score.scheme"));
        scheme.setItems(WeightScheme.values());
        scheme.setItemLabelGenerator(chosen -> chosen == null ? "" : getTranslation("score.scheme." + chosen.code()));
        scheme.setValue(used.scheme());
        scheme.setVisible(canChange);
        add(new Div(total), weights, breakdown, scheme);
        if (!canChange) {
            return;
        }
        // Every 一级 of the project, with the points it carries now, is where the unit's own weights start from.
        Map<String, BigDecimal> now = new LinkedHashMap<>();
        evaluation.breakdown().forEach(line -> now.put(line.level1(), line.weight()));
        custom = new CustomWeightsForm(now, onChange);
        custom.setVisible(used.scheme() == WeightScheme.CUSTOM);
        add(custom);
        scheme.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            if (event.getValue() == WeightScheme.CUSTOM) {
                custom.setVisible(true);
                return;
            }
            try {
                onChange.apply(event.getValue(), null);
            } catch (MonitoringValidationException refused) {
                scheme.setErrorMessage(Texts.list(this, refused.getErrors().stream().map(error -> getTranslation(
                        "monitoring.error." + error.code(), error.args().toArray())).toList()));
                scheme.setInvalid(true);
            }
        });
    }
}
