package org.perfgoals.monitoring.wording;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.perfgoals.chart.StatusColors;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Messages;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.forecast.Forecast;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * The one place that says a monitoring value in words: an actual as entered, the cause of a deviation, the
 * likelihood of reaching the year's target, a verdict in words and in its colours. Views, charts, the workbook and
 * the alerts all use it, each with its own {@link Messages}: the UI's translations in the user's language, the
 * workbook's in the language asked for, and {@link #NEUTRAL} for the alerts, which store codes (PARTLY_MET,
 * DONE 2019-06-30) that every reader translates later.
 */
public final class MonitoringWording {

    /** Codes instead of words, for texts stored and translated when shown (alerts). */
    public static final MonitoringWording NEUTRAL = new MonitoringWording(MonitoringWording::code);

    private final Messages messages;

    public MonitoringWording(Messages messages) {
        this.messages = messages;
    }

    /**
     * An actual as said: "76.5 %", "响应时间 20 分钟；故障处理时间 200 分钟", the assessment's wording, "已完成（2019-06-30）";
     * empty when nothing was entered.
     */
    public String value(ActualRecord value, Target target) {
        if (value == null) {
            return "";
        }
        return switch (target) {
            case Target.Quantitative q -> withMeasureUnit(value.numericValue(), q.unit());
            case Target.Compound c -> c.parts().stream()
                    .filter(part -> value.parts().get(part.label()) != null)
                    .map(part -> part.label() + " "
                            + withMeasureUnit(value.parts().get(part.label()), part.target().unit()))
                    .collect(Collectors.joining(messages.get("export.separator")));
            case Target.Qualitative q -> assessment(value);
            case Target.Relative r -> value.assessment() != null ? assessment(value)
                    : withMeasureUnit(value.numericValue(), "");
            case Target.Deadline d -> deadline(value);
        };
    }

    /**
     * The annual target as declared; when the declaration carries markup from its source ("$\geq 98.00\%$"),
     * the target as the entry view says it ("≥ 98 %，越高越好").
     */
    public String target(IndicatorRecord indicator) {
        String declared = indicator.targetText() == null ? "" : indicator.targetText().strip();
        if (!declared.isEmpty() && !declared.contains("$") && !declared.contains("\\")) {
            return declared;
        }
        return new TargetWording(messages).describe(indicator.target());
    }

    /** "其他：系统升级" — the cause's category with what was said about it; empty when no cause was given. */
    public String cause(ActualRecord value) {
        String category = value == null || value.deviationCause() == null ? ""
                : messages.get("cause." + value.deviationCause().name());
        String said = value == null || value.deviationText() == null ? "" : value.deviationText().strip();
        if (category.isEmpty() || said.isEmpty()) {
            return category + said;
        }
        return messages.get("format.labelled", category, said);
    }

    /** Whether the year's target can still be reached, as said; empty when nobody said. */
    public String likelihood(ActualRecord value) {
        return value == null || value.likelihood() == null ? ""
                : messages.get("likelihood." + value.likelihood().name());
    }

    /**
     * The suggested full-year value as it would be typed into 全年预计: "86.5 %", "1,200 人次"; a 预算执行率 row in
     * percent. Empty without a suggestion.
     */
    public static String forecastValue(SheetRow row) {
        Forecast forecast = row.forecast();
        if (forecast == null) {
            return "";
        }
        String unit = row.indicator().target() instanceof Target.Quantitative q ? q.unit() : "";
        return withMeasureUnit(forecast.value(), row.derived() ? "%" : unit);
    }

    /** "建议：86.5 %（按时间进度外推）；完成可能性建议：有可能": the suggestion and how it was made; empty without one. */
    public String forecast(SheetRow row) {
        Forecast forecast = row.forecast();
        return forecast == null ? "" : messages.get("entry.forecast.suggestion", forecastValue(row),
                messages.get("forecast.method." + forecast.method().name()),
                messages.get("likelihood." + forecast.likelihood().name()));
    }

    /** 达标 / 预警 / 未达标 / 远超目标 / 无数据 / 待评价. */
    public String status(Status status) {
        return messages.get("status." + status.name());
    }

    /** The verdict's colours: solid for charts and dots, text and tint for chips and cells. */
    public static StatusColors.Palette colours(Status status) {
        return StatusColors.palette(status.name());
    }

    /** The verdict's name in the stylesheet's custom properties: {@code var(--status-<name>-tint)}. */
    public static String cssName(Status status) {
        String name = status == Status.NO_DATA || status == Status.NEEDS_ASSESSMENT ? "GREY" : status.name();
        return name.toLowerCase(Locale.ROOT);
    }

    /** A number as the target wording writes it, with its unit of measure after a space when it has one. */
    public static String withMeasureUnit(BigDecimal value, String measureUnit) {
        if (value == null) {
            return "";
        }
        String number = TargetWording.number(value);
        return measureUnit == null || measureUnit.isEmpty() ? number : number + " " + measureUnit;
    }

    private String assessment(ActualRecord value) {
        return value.assessment() == null ? "" : messages.get("assessment." + value.assessment().name());
    }

    private String deadline(ActualRecord value) {
        if (value.done() == null) {
            return "";
        }
        if (!value.done()) {
            return messages.get("export.deadline.notDone");
        }
        return value.doneOn() == null ? messages.get("export.deadline.done")
                : messages.get("export.deadline.doneOn", value.doneOn().toString());
    }

    /** The neutral texts: an assessment by its code, deadlines as DONE / NOT_DONE, parts joined as on the form. */
    private static String code(String key, Object... args) {
        return switch (key) {
            case "export.separator" -> "；";
            case "export.deadline.notDone" -> "NOT_DONE";
            case "export.deadline.done" -> "DONE ";
            case "export.deadline.doneOn" -> "DONE " + args[0];
            case "format.labelled" -> args[0] + "：" + args[1];
            default -> key.substring(key.indexOf('.') + 1);
        };
    }
}
