package org.perfgoals.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every chart under a thousand points: longer series are cut into equal buckets and each bucket is replaced
 * by its mean (its first label names it). A browser draws a thousand points as well as a million, far faster.
 */
public final class Downsampler {

    public static final int MAX_POINTS = 1000;

    private Downsampler() {
    }

    /** The bucket boundaries for {@code size} points: identity when small enough. */
    static int buckets(int size) {
        return Math.min(size, MAX_POINTS);
    }

    static List<BigDecimal> values(List<BigDecimal> values) {
        int buckets = buckets(values.size());
        if (buckets == values.size()) {
            return values;
        }
        List<BigDecimal> sampled = new ArrayList<>(buckets);
        for (int bucket = 0; bucket < buckets; bucket++) {
            int from = (int) ((long) bucket * values.size() / buckets);
            int to = (int) ((long) (bucket + 1) * values.size() / buckets);
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (BigDecimal value : values.subList(from, to)) {
                if (value != null) {
                    sum = sum.add(value);
                    count++;
                }
            }
            sampled.add(count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP));
        }
        return sampled;
    }

    static <T> List<T> labels(List<T> labels) {
        int buckets = buckets(labels.size());
        if (buckets == labels.size()) {
            return labels;
        }
        List<T> sampled = new ArrayList<>(buckets);
        for (int bucket = 0; bucket < buckets; bucket++) {
            sampled.add(labels.get((int) ((long) bucket * labels.size() / buckets)));
        }
        return sampled;
    }
}
