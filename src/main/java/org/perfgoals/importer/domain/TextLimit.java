package org.perfgoals.importer.domain;

/**
 * The longest text each imported field may hold: the width of the column it is stored in (see the Flyway
 * migrations; {@code SchemaLimitsTest} reads them and fails when a limit here and its column disagree). Lengths
 * count characters, as the database does.
 */
public enum TextLimit implements ColumnLimit {
    UNIT(FormField.UNIT, "project", "department", 300),
    NAME(FormField.NAME, "project", "name", 500),
    PROJECT_TYPE(FormField.PROJECT_TYPE, "project", "project_type", 200),
    FUND_USE(FormField.FUND_USE, "project", "fund_use", 200),
    OWNER(FormField.OWNER, "project", "owner", 200),
    CONTACT(FormField.CONTACT, "project", "contact", 200),
    PHONE(FormField.PHONE, "project", "phone", 200),
    OVERVIEW(FormField.OVERVIEW, "project", "overview", TextLimit.FREE_TEXT),
    LEGAL_BASIS(FormField.LEGAL_BASIS, "project", "legal_basis", TextLimit.FREE_TEXT),
    NECESSITY(FormField.NECESSITY, "project", "necessity", TextLimit.FREE_TEXT),
    SAFEGUARDS(FormField.SAFEGUARDS, "project", "safeguards", TextLimit.FREE_TEXT),
    IMPLEMENTATION_PLAN(FormField.IMPLEMENTATION_PLAN, "project", "implementation_plan", TextLimit.FREE_TEXT),
    OVERALL_GOAL(FormField.OVERALL_GOAL, "project", "overall_goal", TextLimit.FREE_TEXT),
    ANNUAL_GOAL(FormField.ANNUAL_GOAL, "project", "annual_goal", TextLimit.FREE_TEXT),
    REMARK(FormField.REMARK, "project", "remark", TextLimit.FREE_TEXT),
    BUDGET_ITEM_NAME("子项目名称", "budget_item", "name", 1000),
    LEVEL1("一级指标", "indicator", "level1", 200),
    LEVEL2("二级指标", "indicator", "level2", 500),
    INDICATOR_NAME("三级指标", "indicator", "name", 1000),
    TARGET_TEXT("指标目标值", "indicator", "target_text", 4000),
    TARGET_UNIT("指标目标值的单位", "indicator", "target_unit", 50),
    TARGET_EXPECTED("指标目标值的预期内容", "indicator", "expected", 4000),
    TARGET_PART_LABEL("指标目标值的分项名称", "indicator_target_part", "label", 200),
    TARGET_PART_UNIT("指标目标值的分项单位", "indicator_target_part", "target_unit", 50);

    /** The free-text fields' columns: varchar(65535). */
    private static final int FREE_TEXT = 65_535;

    private final SchemaColumn schemaColumn;
    private final int maxLength;

    TextLimit(FormField field, String table, String column, int maxLength) {
        this(SchemaColumn.of(field, table, column), maxLength);
    }

    TextLimit(String label, String table, String column, int maxLength) {
        this(new SchemaColumn(label, table, column), maxLength);
    }

    TextLimit(SchemaColumn schemaColumn, int maxLength) {
        this.schemaColumn = schemaColumn;
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    @Override
    public SchemaColumn schemaColumn() {
        return schemaColumn;
    }

    /** Whether the text fits; null (nothing written) always does. */
    boolean fits(String text) {
        return text == null || length(text) <= maxLength;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
