package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Indicator weights out of 100 points. Weights are data, not code: Shanghai's four-level forms carry no official
 * weights, so the default shares the points equally level by level, and a unit may fix the points of
 * whole 一级 instead (the national scheme, or its own).
 */
public final class Weights {

    /** Weights are shown and stored as points with this many decimals. */
    public static final int SCALE = 4;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Enough precision that shares of shares lose nothing visible before the final rounding. */
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private Weights() {
    }

    /**
     * The national weights of 财预〔2020〕10号 (产出 50, 效益 30, 满意度 10, 预算执行率 10) mapped onto the four 一级 of
     * Shanghai's forms. The national scheme weighs two things Shanghai files under broader headings, so the mapping
     * is an approximation and therefore offered as an override, never the default:
     * <ul>
     * <li>产出 50 → 产出目标 (数量/质量/时效/成本目标: the same content);</li>
     * <li>效益 30 → 效果目标 (经济/社会/生态效益目标: the same content);</li>
     * <li>满意度 10 → 影响力目标, which holds 满意度目标 but also 可持续目标: both share the 10 points;</li>
     * <li>预算执行率 10 → 投入和管理目标, which Shanghai uses for the management of the project and its funds
     *   (预算执行率 is one of its 二级): the whole 一级 shares the 10 points.</li>
     * </ul>
     */
    public static Map<String, BigDecimal> nationalScheme() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("产出目标", BigDecimal.valueOf(50));
        points.put("效果目标", BigDecimal.valueOf(30));
        points.put("影响力目标", BigDecimal.valueOf(10));
        points.put("投入和管理目标", BigDecimal.valueOf(10));
        return Collections.unmodifiableMap(points);
    }

    /**
     * The weight of each indicator in points, 4 decimals, summing to exactly 100, and the indicators of each 一级 to
     * exactly its points rounded to 4 decimals (a rounding remainder goes to the last 一级, and within a 一级 to its
     * last indicator, with a positive share). Returned in the order given.
     *
     * <p>The 一级 present among {@code indicators} get their points from {@code level1Overrides} where it names them;
     * the others share what is left equally (all of 100 without overrides). Within a 一级 each distinct 二级 gets an
     * equal share, and within a 二级 each indicator — so a 二级 with one indicator weighs as much as one with five,
     * which is how a form's author lays the goals out.
     *
     * <p>An override for a 一级 the project does not have is ignored: the national scheme names all four 一级, and a
     * project without 影响力目标 is still scored. When that leaves every present 一级 overridden and their points do
     * not add up to 100, they are scaled to 100 in proportion (产出 50 / 效果 30 / 投入 10 → 55.5556 / 33.3333 /
     * 11.1111), just as a total is rescaled when indicators do not apply.
     *
     * @param indicators      each indicator once; empty gives an empty map
     * @param level1Overrides points per 一级, null or empty for equal weights
     * @throws IllegalArgumentException when an override is negative, the overrides sum to more than 100, they give
     *                                  the project's 一级 0 points in all, or an indicator id repeats
     */
    public static Map<Long, BigDecimal> equalWithinLevels(List<WeightKey> indicators,
                                                          Map<String, BigDecimal> level1Overrides) {
        Objects.requireNonNull(indicators, "indicators");
        Map<String, BigDecimal> overrides = validated(level1Overrides);
        Map<String, Map<String, List<Long>>> tree = tree(indicators);
        if (tree.isEmpty()) {
            return Map.of();
        }
        // Rounded level by level, each with its remainder where it is least visible, so that every 一级 carries
        // exactly its points (25.0000, not 25.0002) and all of them exactly 100.
        Map<String, BigDecimal> level1Points = withRemainderOnLast(rounded(level1Points(tree.keySet(), overrides)),
                HUNDRED);

        Map<Long, BigDecimal> byId = new LinkedHashMap<>();
        tree.forEach((level1, level2s) -> {
            BigDecimal points = level1Points.get(level1);
            BigDecimal perLevel2 = points.divide(BigDecimal.valueOf(level2s.size()), EXACT_ENOUGH);
            Map<Long, BigDecimal> unrounded = new LinkedHashMap<>();
            level2s.values().forEach(ids -> {
                BigDecimal perIndicator = perLevel2.divide(BigDecimal.valueOf(ids.size()), EXACT_ENOUGH);
                ids.forEach(id -> unrounded.put(id, perIndicator));
            });
            byId.putAll(withRemainderOnLast(rounded(unrounded), points));
        });
        // back to the caller's order
        Map<Long, BigDecimal> weights = new LinkedHashMap<>();
        indicators.forEach(key -> weights.put(key.indicatorId(), byId.get(key.indicatorId())));
        return Collections.unmodifiableMap(weights);
    }

    private static <K> Map<K, BigDecimal> rounded(Map<K, BigDecimal> values) {
        Map<K, BigDecimal> rounded = new LinkedHashMap<>();
        values.forEach((key, value) -> rounded.put(key, value.setScale(SCALE, RoundingMode.HALF_UP)));
        return rounded;
    }

    private static Map<String, BigDecimal> validated(Map<String, BigDecimal> level1Overrides) {
        if (level1Overrides == null || level1Overrides.isEmpty()) {
            return Map.of();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : level1Overrides.entrySet()) {
            BigDecimal points = Objects.requireNonNull(e.getValue(), "points of " + e.getKey());
            if (points.signum() < 0) {
                throw new IllegalArgumentException("negative points for " + e.getKey() + ": " + points);
            }
            sum = sum.add(points);
        }
        if (sum.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the 一级 overrides sum to more than 100: " + sum);
        }
        Map<String, BigDecimal> normalised = new LinkedHashMap<>();
        level1Overrides.forEach((level1, points) -> normalised.put(new WeightKey(level1, null, 0).level1(), points));
        return normalised;
    }

    /** 一级 → 二级 → indicator ids, each level in first-seen order. */
    private static Map<String, Map<String, List<Long>>> tree(List<WeightKey> indicators) {
        Map<String, Map<String, List<Long>>> tree = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (WeightKey key : indicators) {
            Objects.requireNonNull(key, "indicator");
            if (!seen.add(key.indicatorId())) {
                throw new IllegalArgumentException("indicator listed twice: " + key.indicatorId());
            }
            tree.computeIfAbsent(key.level1(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(key.level2(), k -> new ArrayList<>())
                    .add(key.indicatorId());
        }
        return tree;
    }

    private static Map<String, BigDecimal> level1Points(Set<String> present, Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal fixed = BigDecimal.ZERO;
        List<String> free = new ArrayList<>();
        for (String level1 : present) {
            BigDecimal override = overrides.get(level1);
            if (override == null) {
                free.add(level1);
            } else {
                points.put(level1, override);
                fixed = fixed.add(override);
            }
        }
        if (!free.isEmpty()) {
            BigDecimal share = HUNDRED.subtract(fixed).divide(BigDecimal.valueOf(free.size()), EXACT_ENOUGH);
            free.forEach(level1 -> points.put(level1, share));
        } else if (fixed.compareTo(HUNDRED) != 0) {
            if (fixed.signum() == 0) {
                throw new IllegalArgumentException("the overrides give the project's 一级 no points: " + present);
            }
            BigDecimal scale = HUNDRED.divide(fixed, EXACT_ENOUGH);
            points.replaceAll((level1, p) -> p.multiply(scale, EXACT_ENOUGH));
        }
        // keep the tree's order
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        present.forEach(level1 -> ordered.put(level1, points.get(level1)));
        return ordered;
    }

    /**
     * Rounding each share to 4 decimals can leave their sum a few ten-thousandths off {@code total}; the last share
     * that is positive absorbs the difference, so that the sum is exact and no zero share turns negative.
     */
    private static <K> Map<K, BigDecimal> withRemainderOnLast(Map<K, BigDecimal> shares, BigDecimal total) {
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remainder = total.setScale(SCALE, RoundingMode.HALF_UP).subtract(sum);
        if (remainder.signum() == 0) {
            return shares;
        }
        K last = null;
        for (Map.Entry<K, BigDecimal> e : shares.entrySet()) {
            if (e.getValue().signum() > 0) {
                last = e.getKey();
            }
        }
        if (last != null) {
            shares.merge(last, remainder, BigDecimal::add);
        }
        return shares;
    }
}
