package org.perfgoals.importer.domain;

import java.util.Map;
import java.util.Optional;
import org.perfgoals.indicator.domain.HalfWidth;

/**
 * The 二级 categories of the national indicator tree and the 一级 each belongs to. A merged 一级 cell may
 * print its label on a later row of its group (after a page break), so where the 二级 is known it, not the
 * printed 一级, decides.
 */
final class IndicatorCategories {

    static final String INPUT_AND_MANAGEMENT = "投入和管理目标";
    static final String OUTPUT = "产出目标";
    static final String OUTCOME = "效果目标";
    static final String IMPACT = "影响力目标";

    /** Categories only: a row naming just one of these has no indicator name of its own. */
    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("数量", OUTPUT), Map.entry("质量", OUTPUT), Map.entry("时效", OUTPUT), Map.entry("成本", OUTPUT),
            Map.entry("经济效益", OUTCOME), Map.entry("社会效益", OUTCOME), Map.entry("生态效益", OUTCOME),
            Map.entry("可持续", IMPACT), Map.entry("可持续影响", IMPACT), Map.entry("满意度", IMPACT),
            Map.entry("服务对象满意度", IMPACT),
            Map.entry("项目实施管理", INPUT_AND_MANAGEMENT), Map.entry("资金投入管理", INPUT_AND_MANAGEMENT),
            Map.entry("资产管理", INPUT_AND_MANAGEMENT));

    /** 二级 entries that name a measure but always sit under 投入和管理目标. */
    private static final Map<String, String> INPUT_MEASURES = Map.of(
            "预算执行率", INPUT_AND_MANAGEMENT, "资金使用合规性", INPUT_AND_MANAGEMENT,
            "制度健全性", INPUT_AND_MANAGEMENT);

    private IndicatorCategories() {
    }

    static boolean isCategory(String level2) {
        return level2 != null && CATEGORIES.containsKey(categoryKey(level2));
    }

    static Optional<String> level1Of(String level2) {
        if (level2 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(CATEGORIES.get(categoryKey(level2)))
                .or(() -> Optional.ofNullable(INPUT_MEASURES.get(HalfWidth.key(level2))));
    }

    /** 数量目标, 数量指标 and 数量 are the same category. */
    private static String categoryKey(String level2) {
        String key = HalfWidth.key(level2);
        return key.endsWith("目标") || key.endsWith("指标") ? key.substring(0, key.length() - 2) : key;
    }
}
