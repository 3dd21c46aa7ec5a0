package org.perfgoals.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a chart shows, as plain data that the browser module maps onto ApexCharts options: a donut takes the
 * first series as its slices named by {@code labels}; bars and lines use the labels as categories; a heatmap has one
 * series per row and colours cells by {@code ranges}. No function crosses the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartConfig(ChartType type, List<String> labels, List<Series> series, ValueFormat valueFormat,
                          String locale, Integer height, String totalLabel, String noDataText, List<String> colors,
                          List<Annotation> annotations, List<ColorRange> ranges, Boolean horizontal, Double yMin,
                          Double yMax, String title) {

    public ChartConfig {
        labels = Downsampler.labels(new ArrayList<>(labels));
        series = List.copyOf(series);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    public static ChartConfig donut(List<String> labels, Series slices, ValueFormat format, String locale,
                                    String totalLabel, String noDataText) {
        return new ChartConfig(ChartType.DONUT, labels, List.of(slices), format, locale, 340, totalLabel, noDataText,
                null, null, null, null, null, null, null);
    }

    public static ChartConfig bars(List<String> labels, List<Series> series, ValueFormat format, String locale,
                                   String noDataText) {
        return new ChartConfig(ChartType.BAR, labels, series, format, locale, 320, null, noDataText, null, null, null,
                null, null, null, null);
    }

    public static ChartConfig lines(List<String> labels, List<Series> series, ValueFormat format, String locale,
                                    String noDataText) {
        return new ChartConfig(ChartType.LINE, labels, series, format, locale, 260, null, noDataText, null, null,
                null, null, null, null, null);
    }

    public static ChartConfig heatmap(List<String> columns, List<Series> rows, List<ColorRange> ranges,
                                      String locale, String noDataText) {
        return new ChartConfig(ChartType.HEATMAP, columns, rows, ValueFormat.NUMBER, locale,
                Math.max(160, 36 * rows.size() + 60), null, noDataText, null, null, ranges, null, null, null, null);
    }

    public ChartConfig withAnnotations(List<Annotation> marks) {
        return new ChartConfig(type, labels, series, valueFormat, locale, height, totalLabel, noDataText, colors,
                marks, ranges, horizontal, yMin, yMax, title);
    }

    public ChartConfig withTitle(String chartTitle) {
        return new ChartConfig(type, labels, series, valueFormat, locale, height, totalLabel, noDataText, colors,
                annotations, ranges, horizontal, yMin, yMax, chartTitle);
    }

    public ChartConfig withRange(Double min, Double max) {
        return new ChartConfig(type, labels, series, valueFormat, locale, height, totalLabel, noDataText, colors,
                annotations, ranges, horizontal, min, max, title);
    }

    public ChartConfig withHeight(int pixels) {
        return new ChartConfig(type, labels, series, valueFormat, locale, pixels, totalLabel, noDataText, colors,
                annotations, ranges, horizontal, yMin, yMax, title);
    }

    public ChartConfig horizontalBars() {
        return new ChartConfig(type, labels, series, valueFormat, locale, height, totalLabel, noDataText, colors,
                annotations, ranges, true, yMin, yMax, title);
    }

    public ChartConfig withColors(List<String> palette) {
        return new ChartConfig(type, labels, series, valueFormat, locale, height, totalLabel, noDataText, palette,
                annotations, ranges, horizontal, yMin, yMax, title);
    }
}
