package org.perfgoals.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A horizontal mark on the value axis: a line at {@code y} (a target, a limit, time progress) or, with
 * {@code y2}, a band between the two (the 60 % / 80 % bands of budget execution).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Annotation(BigDecimal y, BigDecimal y2, String label, String color) {

    public static Annotation line(BigDecimal y, String label, String color) {
        return new Annotation(y, null, label, color);
    }

    public static Annotation band(BigDecimal from, BigDecimal to, String label, String color) {
        return new Annotation(from, to, label, color);
    }
}
