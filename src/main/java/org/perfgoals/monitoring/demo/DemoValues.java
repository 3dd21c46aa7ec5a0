package org.perfgoals.monitoring.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Polarity;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;

/**
 * Plausible demo actuals: on target by default, with a few chosen deviations so that the dashboards show yellow
 * and red rows and open alerts (综合接通率 below 80 % in Q2, a 二级故障 repair over 180 分钟 in Q3, completion
 * rates behind schedule).
 */
final class DemoValues {

    private DemoValues() {
    }

    static ActualEntry entry(IndicatorRecord indicator, Period period) {
        int quarter = period.endMonth() / 3;
        ActualEntry deviation = deviation(indicator, quarter);
        if (deviation != null) {
            return deviation;
        }
        return switch (indicator.target()) {
            case Target.Quantitative q -> ActualEntry.number(indicator.id(), plain(onTarget(indicator, q, period)));
            case Target.Compound c -> {
                Map<String, String> parts = new LinkedHashMap<>();
                c.parts().forEach(part -> parts.put(part.label(),
                        plain(part.target().value().multiply(new BigDecimal("0.6")))));
                yield new ActualEntry(indicator.id(), null, parts, null, null, null, null, null, null, null, null);
            }
            case Target.Qualitative q -> judged(indicator, Assessment.MET);
            case Target.Relative r -> judged(indicator, Assessment.MET);
            case Target.Deadline d -> new ActualEntry(indicator.id(), null, Map.of(), null,
                    !d.date().isAfter(period.end()), d.date().isAfter(period.end()) ? null : d.date(), null, null,
                    null, null, null);
        };
    }

    private static BigDecimal onTarget(IndicatorRecord indicator, Target.Quantitative q, Period period) {
        BigDecimal progress = indicator.accumulation() == Accumulation.CUMULATIVE
                ? period.timeProgress().movePointLeft(2) : BigDecimal.ONE;
        if (q.polarity() == Polarity.LOWER_IS_BETTER) {
            return q.value().multiply(new BigDecimal("0.7")).multiply(progress);
        }
        BigDecimal value = q.value().multiply(progress);
        if (indicator.accumulation() == Accumulation.PER_PERIOD && "%".equals(q.unit())) {
            value = value.add(new BigDecimal("1.5")).min(new BigDecimal("100"));
        }
        return value;
    }

    /** The chosen deviations, with the explanation a person would give. */
    private static ActualEntry deviation(IndicatorRecord indicator, int quarter) {
        String name = indicator.name();
        long id = indicator.id();
        if (name.equals("综合接通率") && quarter == 2) {
            return ActualEntry.number(id, "76.5").explained(DeviationCause.STAFF, "春节后话务量激增，咨询员流失",
                    "增补咨询员 20 名，高峰时段启用智能应答分流", Likelihood.POSSIBLE);
        }
        if (name.equals("二级故障") && quarter == 3) {
            return new ActualEntry(id, null, Map.of("响应时间", "25", "故障处理时间", "210"), null, null, null,
                    DeviationCause.HARDWARE, "核心交换机故障，备件调拨耗时", "与运营商签订备件驻场协议",
                    Likelihood.CERTAIN, null);
        }
        if (name.equals("招聘人员完成率") && quarter == 2) {
            return ActualEntry.number(id, "35").explained(DeviationCause.STAFF, "招聘季延后",
                    "三季度集中组织两场专场招聘", Likelihood.POSSIBLE);
        }
        if (name.equals("师资进修工作完成率") && quarter == 3) {
            return ActualEntry.number(id, "50").explained(DeviationCause.OTHER, "两期进修班因场地调整延期",
                    "四季度加开进修班次", Likelihood.POSSIBLE);
        }
        return null;
    }

    private static ActualEntry judged(IndicatorRecord indicator, Assessment assessment) {
        return new ActualEntry(indicator.id(), null, Map.of(), assessment, null, null, null, null, null, null,
                null);
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
