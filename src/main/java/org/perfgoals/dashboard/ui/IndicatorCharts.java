package org.perfgoals.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.chart.Annotation;
import org.perfgoals.chart.ChartConfig;
import org.perfgoals.chart.Series;
import org.perfgoals.chart.StatusColors;
import org.perfgoals.chart.ValueFormat;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Polarity;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * The quarterly progress of one quantitative indicator as a line against its target: per-period indicators against
 * the target line, accumulating ones also against the target pro-rated to time progress, compound ones with one
 * line per part and one limit per part. Lower-is-better limits say so on the line.
 */
final class IndicatorCharts {

    static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");

    private IndicatorCharts() {
    }

    /** The chart for an indicator, or null when its target is not a number. */
    static ChartConfig of(Component context, IndicatorRecord indicator, List<PeriodSheet> year) {
        String locale = com.vaadin.flow.component.UI.getCurrent().getLocale().toLanguageTag();
        TargetWording wording = new TargetWording(context::getTranslation);
        return switch (indicator.target()) {
            case Target.Quantitative q -> {
                List<Series> series = new ArrayList<>();
                // A 预算执行率 row of a period without spending of its own would only repeat the period before.
                List<BigDecimal> actuals = values(indicator, year, (sheet, row) -> row.derived()
                        ? sheet.spendingEntered() ? row.derivedValue() : null
                        : row.current() == null ? null : row.current().numericValue());
                series.add(new Series(context.getTranslation("dashboard.actual"), actuals));
                forecastLine(indicator, year, actuals, context.getTranslation("dashboard.forecast"))
                        .ifPresent(series::add);
                if (indicator.accumulation() == Accumulation.CUMULATIVE && q.polarity() != Polarity.LOWER_IS_BETTER) {
                    series.add(new Series(context.getTranslation("dashboard.proRated"), year.stream()
                            .map(sheet -> q.value().multiply(sheet.timeProgress()).movePointLeft(2)).toList()));
                }
                List<Annotation> target = List.of(Annotation.line(q.value(), wording.describe(q), limitColor(q)));
                yield withRoom(ChartConfig.lines(QUARTERS, series, ValueFormat.NUMBER, locale,
                        context.getTranslation("budget.none")).withAnnotations(target)
                        .withTitle(q.unit().isEmpty() ? indicator.name()
                                : Texts.parenthesised(context, indicator.name(), q.unit())), "%".equals(q.unit()));
            }
            case Target.Compound c -> {
                // A limit of 0 minutes is the form's 立即响应 (immediate response).
                List<Series> series = new ArrayList<>();
                List<Annotation> limits = new ArrayList<>();
                for (Target.Part part : c.parts()) {
                    series.add(new Series(part.label(), values(indicator, year,
                            (sheet, row) -> row.current() == null ? null : row.current().parts().get(part.label()))));
                    String label = part.target().value().signum() == 0
                            ? context.getTranslation("target.words.part.immediate", part.label())
                            : part.label() + " " + wording.limit(part.target());
                    limits.add(Annotation.line(part.target().value(), label, limitColor(part.target())));
                }
                yield withRoom(ChartConfig.lines(QUARTERS, series, ValueFormat.NUMBER, locale,
                        context.getTranslation("budget.none")).withAnnotations(limits).withTitle(indicator.name()),
                        false);
            }
            default -> null;
        };
    }

    /**
     * The forecast as a dashed continuation: from the last reported quarter straight to the full-year value
     * suggested there, in even steps over the quarters between. None once the last quarter is reported, or without
     * a suggestion.
     */
    private static Optional<Series> forecastLine(IndicatorRecord indicator, List<PeriodSheet> year,
                                                 List<BigDecimal> actuals, String name) {
        int last = actuals.size() - 1;
        while (last >= 0 && actuals.get(last) == null) {
            last--;
        }
        int steps = year.size() - 1 - last;
        if (last < 0 || steps == 0) {
            return Optional.empty();
        }
        int from = last;
        return year.get(from).rows().stream().filter(row -> row.indicator().id() == indicator.id()).findFirst()
                .map(SheetRow::forecast)
                .map(forecast -> {
                    BigDecimal start = actuals.get(from);
                    BigDecimal rise = forecast.value().subtract(start);
                    List<BigDecimal> line = new ArrayList<>(Collections.nCopies(year.size(), (BigDecimal) null));
                    for (int step = 0; step <= steps; step++) {
                        line.set(from + step, start.add(rise.multiply(BigDecimal.valueOf(step))
                                .divide(BigDecimal.valueOf(steps), 4, RoundingMode.HALF_UP)));
                    }
                    return new Series(name, line).asDashed();
                });
    }

    /**
     * Opens the value axis wide enough to show both the values and every target line, with a margin; a
     * percentage never below 0.
     */
    private static ChartConfig withRoom(ChartConfig config, boolean percent) {
        List<Double> all = new ArrayList<>();
        config.series().forEach(series -> series.data().stream().filter(Objects::nonNull)
                .forEach(value -> all.add(value.doubleValue())));
        config.annotations().forEach(mark -> all.add(mark.y().doubleValue()));
        if (all.isEmpty()) {
            return config;
        }
        double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double margin = Math.max((max - min) * 0.15, Math.max(Math.abs(max) * 0.05, 1));
        double step = niceStep(max - min + 2 * margin);
        double low = Math.floor((min - margin) / step) * step;
        double high = Math.ceil((max + margin) / step) * step;
        return config.withRange(percent || min >= 0 ? Math.max(0, low) : low, high);
    }

    /** 1, 2 or 5 times a power of ten, about a fifth of the span: axis labels people can read. */
    private static double niceStep(double span) {
        double raw = span / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static String limitColor(Target.Quantitative q) {
        return q.polarity() == Polarity.LOWER_IS_BETTER ? StatusColors.RED : StatusColors.GREEN;
    }

    private static List<BigDecimal> values(IndicatorRecord indicator, List<PeriodSheet> year,
                                           BiFunction<PeriodSheet, SheetRow, BigDecimal> value) {
        return year.stream().map(sheet -> sheet.rows().stream()
                        .filter(row -> row.indicator().id() == indicator.id()).findFirst()
                        .map(row -> value.apply(sheet, row)).orElse(null))
                .toList();
    }
}
