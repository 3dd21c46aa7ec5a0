package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which weights a self-evaluation used, so that the screen and the report can say so: Shanghai's forms carry
 * no official weights, so a score means little without knowing how its indicators were weighted.
 *
 * @param scheme       equal, national or custom
 * @param level1Points the points fixed per 一级 (empty for equal weights); the 一级 not named share the rest
 */
public record SchemeWeights(WeightScheme scheme, Map<String, BigDecimal> level1Points) {

    public SchemeWeights {
        Objects.requireNonNull(scheme, "scheme");
        level1Points = level1Points == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(level1Points));
    }

    /** The default: every 一级 the same share, and equal shares below it. */
    public static SchemeWeights equal() {
        return new SchemeWeights(WeightScheme.EQUAL, Map.of());
    }

    /** 财预〔2020〕10号 mapped onto Shanghai's 一级: see {@link Weights#nationalScheme()}. */
    public static SchemeWeights national() {
        return new SchemeWeights(WeightScheme.NATIONAL, Weights.nationalScheme());
    }

    /** Points a unit or the finance bureau fixed per 一级; validated when applied. */
    public static SchemeWeights custom(Map<String, BigDecimal> level1Points) {
        return new SchemeWeights(WeightScheme.CUSTOM, Objects.requireNonNull(level1Points, "level1Points"));
    }

    /** The scheme's code as stored and sent: "equal", "national" or "custom". */
    public String name() {
        return scheme.code();
    }

    /** The weights of {@code indicators} under this scheme: {@link Weights#equalWithinLevels}. */
    public Map<Long, BigDecimal> weigh(List<WeightKey> indicators) {
        return Weights.equalWithinLevels(indicators, level1Points);
    }
}
