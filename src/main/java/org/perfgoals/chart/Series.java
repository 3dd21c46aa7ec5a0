package org.perfgoals.chart;

import java.math.BigDecimal;
import java.util.List;

/** A named series of values, one per label of the chart. */
public record Series(String name, List<BigDecimal> data) {
    public Series {
        data = List.copyOf(data);
    }
}
