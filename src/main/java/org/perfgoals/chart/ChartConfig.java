package org.perfgoals.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything a chart shows, as plain data. The browser module maps it onto ApexCharts options (a donut takes the
 * first series' data as slices named by {@code labels}; bars and lines use the labels as categories).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartConfig(ChartType type, List<String> labels, List<Series> series, ValueFormat valueFormat,
                          String locale, Integer height, String totalLabel, String noDataText, List<String> colors) {

    public ChartConfig {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    public static ChartConfig donut(List<String> labels, Series slices, ValueFormat format, String locale,
                                    String totalLabel, String noDataText) {
        return new ChartConfig(ChartType.DONUT, labels, List.of(slices), format, locale, 340, totalLabel, noDataText,
                null);
    }
}
