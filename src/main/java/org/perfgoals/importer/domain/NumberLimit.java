package org.perfgoals.importer.domain;

import java.math.BigDecimal;

/**
 * The largest and most precise number each imported amount or target value may be: the precision and scale of the
 * numeric column it is stored in (see the Flyway migrations; {@code SchemaLimitsTest} compares). A value with more
 * decimals than the column keeps would be rounded silently, so it is refused like one that is too large.
 */
public enum NumberLimit implements ColumnLimit {
    TOTAL_BUDGET(FormField.TOTAL_BUDGET, "project", "total_budget", 18, 2),
    CURRENT_YEAR_BUDGET(FormField.CURRENT_YEAR_BUDGET, "project", "current_year_budget", 18, 2),
    PREVIOUS_YEAR_BUDGET(FormField.PREVIOUS_YEAR_BUDGET, "project", "previous_year_budget", 18, 2),
    PREVIOUS_YEAR_EXECUTED(FormField.PREVIOUS_YEAR_EXECUTED, "project", "previous_year_executed", 18, 2),
    BUDGET_ITEM_AMOUNT("子项目预算金额", "budget_item", "amount", 18, 2),
    TARGET_VALUE("指标目标值", "indicator", "target_value", 24, 6),
    TARGET_PART_VALUE("指标目标值的分项", "indicator_target_part", "target_value", 24, 6);

    private final SchemaColumn schemaColumn;
    private final int precision;
    private final int scale;

    NumberLimit(FormField field, String table, String column, int precision, int scale) {
        this(SchemaColumn.of(field, table, column), precision, scale);
    }

    NumberLimit(String label, String table, String column, int precision, int scale) {
        this(new SchemaColumn(label, table, column), precision, scale);
    }

    NumberLimit(SchemaColumn schemaColumn, int precision, int scale) {
        this.schemaColumn = schemaColumn;
        this.precision = precision;
        this.scale = scale;
    }

    @Override
    public SchemaColumn schemaColumn() {
        return schemaColumn;
    }

    public int precision() {
        return precision;
    }

    public int scale() {
        return scale;
    }

    /** Digits allowed before the decimal point. */
    public int integerDigits() {
        return precision - scale;
    }

    boolean tooLarge(BigDecimal value) {
        return value != null && value.precision() - value.scale() > integerDigits();
    }

    boolean tooPrecise(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > scale;
    }
}
