package org.perfgoals.chart;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The largest categories of a bar or donut chart, the rest summed into one: a city has hundreds of units, and two
 * hundred bars read as noise and weigh on every session that shows them.
 */
public final class TopCategories {

    private TopCategories() {
    }

    /**
     * @param values     category → value
     * @param max        at most this many categories come back, the last one the rest when there are more
     * @param otherLabel the label of the rest, given how many categories it sums
     * @return the largest {@code max - 1} categories by value, largest first, and the rest; all of them (largest
     *         first) when there are at most {@code max}
     */
    public static Map<String, BigDecimal> of(Map<String, BigDecimal> values, int max, IntFunction<String> otherLabel) {
        if (max < 2) {
            throw new IllegalArgumentException("max must leave room for the rest: " + max);
        }
        List<Map.Entry<String, BigDecimal>> sorted = values.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .toList();
        Map<String, BigDecimal> top = new LinkedHashMap<>();
        int kept = sorted.size() <= max ? sorted.size() : max - 1;
        sorted.subList(0, kept).forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        if (kept < sorted.size()) {
            BigDecimal rest = sorted.subList(kept, sorted.size()).stream().map(Map.Entry::getValue)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            top.put(otherLabel.apply(sorted.size() - kept), rest);
        }
        return top;
    }
}
