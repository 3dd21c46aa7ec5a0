package org.perfgoals.monitoring.template;

import java.util.List;
import org.perfgoals.monitoring.input.FieldRef;

/**
 * The sheets and column headings of the filling template, as users and other systems see them. The reader finds
 * columns by these headings, so moving a column in Excel does no harm; the headings themselves must stay.
 */
public final class TemplateColumns {

    /** The indicators: one row per indicator. */
    public static final String ENTRY_SHEET = "填报";
    /** The budget sub-items: one row per sub-item. */
    public static final String BUDGET_SHEET = "预算执行";
    /** Hidden: the quarter and each project's report version at download, for the staleness check. */
    public static final String VERSIONS_SHEET = "版本";

    public static final String INDICATOR_ID = "指标ID";
    public static final String PROJECT = "项目";
    public static final String LEVEL1 = "一级指标";
    public static final String LEVEL2 = "二级指标";
    public static final String LEVEL3 = "三级指标";
    public static final String TARGET = "指标目标值";
    public static final String EARLIER = "前期值";
    public static final String VALUE = "本期值";
    public static final String ASSESSMENT = "评价";
    public static final String DONE_ON = "完成日期";
    public static final String CAUSE = "偏差原因";
    public static final String CAUSE_TEXT = "偏差说明";
    public static final String MEASURES = "纠偏措施";
    public static final String LIKELIHOOD = "完成可能性";
    public static final String EXPECTED = "全年预计";
    /**
     * The app's suggestion for 全年预计 and how it was made, to read, not to fill. Not required on upload, so a template
     * written before it existed is still read.
     */
    public static final String SUGGESTED = "建议全年预计";

    public static final String ITEM_ID = "子项目ID";
    public static final String ITEM_NAME = "子项目名称";
    public static final String BUDGET = "预算金额";
    public static final String SPENT_BEFORE = "此前累计";
    public static final String SPENT = "本期支出";
    public static final String OVER_BUDGET_REASON = "超预算原因";

    public static final String PROJECT_ID = "项目ID";
    public static final String YEAR = "年度";
    public static final String QUARTER = "季度";
    public static final String VERSION = "报告版本";

    /** The columns of 填报 before the parts of compound targets. */
    static final List<String> ENTRY_HEAD = List.of(INDICATOR_ID, PROJECT, LEVEL1, LEVEL2, LEVEL3, TARGET, EARLIER,
            VALUE);
    /** The columns of 填报 after the parts of compound targets. */
    static final List<String> ENTRY_TAIL = List.of(ASSESSMENT, DONE_ON, CAUSE, CAUSE_TEXT, MEASURES, LIKELIHOOD,
            EXPECTED);
    static final List<String> BUDGET_COLUMNS = List.of(ITEM_ID, PROJECT, ITEM_NAME, BUDGET, SPENT_BEFORE, SPENT,
            OVER_BUDGET_REASON);
    static final List<String> VERSION_COLUMNS = List.of(PROJECT_ID, YEAR, QUARTER, VERSION);

    private TemplateColumns() {
    }

    /** The sheet a refused field is on. */
    public static String sheetOf(FieldRef field) {
        return field instanceof FieldRef.Spending ? BUDGET_SHEET : ENTRY_SHEET;
    }

    /** The heading of the column a refused field (or a changed one, by its history name) is entered in. */
    public static String columnOf(FieldRef field) {
        return switch (field) {
            case FieldRef.Actual actual -> columnOf(actual.field().jsonName());
            case FieldRef.Part part -> part.label();
            case FieldRef.Spending spending -> spending.field() == FieldRef.SpendingField.AMOUNT ? SPENT
                    : OVER_BUDGET_REASON;
            default -> VALUE;
        };
    }

    /**
     * The heading of the column of a field as the history names it ({@code value}, {@code part:响应时间},
     * {@code deviationCause}, {@code amount} …).
     */
    public static String columnOf(String historyField) {
        if (historyField.startsWith("part:")) {
            return historyField.substring("part:".length());
        }
        return switch (historyField) {
            case "assessment" -> ASSESSMENT;
            case "done", "doneOn" -> DONE_ON;
            case "deviationCause" -> CAUSE;
            case "deviationText" -> CAUSE_TEXT;
            case "measures" -> MEASURES;
            case "likelihood" -> LIKELIHOOD;
            case "expectedFullYear" -> EXPECTED;
            case "amount" -> SPENT;
            case "overBudgetReason" -> OVER_BUDGET_REASON;
            default -> VALUE;
        };
    }
}
