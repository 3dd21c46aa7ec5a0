package org.perfgoals.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A named series of values, one per label of the chart (null where there is no value). {@code type} mixes a line
 * into a bar chart; {@code colors} colours each point (a status colour per bar); a {@code dashed} line is drawn
 * dashed (what is expected rather than what was measured, such as a forecast to year end).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Series(String name, List<BigDecimal> data, String type, List<String> colors,
                     Boolean dashed) {

    public Series {
        data = data == null ? List.of() : Downsampler.values(new ArrayList<>(data));
        colors = colors == null ? null : List.copyOf(colors);
    }

    public Series(String name, List<BigDecimal> data) {
        this(name, data, null, null, null);
    }

    public Series asLine() {
        return new Series(name, data, "line", colors, dashed);
    }

    public Series asColumns() {
        return new Series(name, data, "column", colors, dashed);
    }

    public Series colored(List<String> pointColors) {
        return new Series(name, data, type, pointColors, dashed);
    }

    public Series asDashed() {
        return new Series(name, data, type, colors, true);
    }
}
