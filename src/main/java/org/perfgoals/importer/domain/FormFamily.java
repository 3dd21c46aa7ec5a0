package org.perfgoals.importer.domain;

/**
 * The layout family a form belongs to, told from its headings. Each family's fields map onto the same form data.
 * <ul>
 * <li>{@code SHANGHAI}: 上海市财政支出项目绩效目标申报表 — 申报单位名称, 项目类型 and 资金用途 as checkboxes, 开始时间 and
 *   结束时间, 项目总预算 and 项目当年预算 with 项目当年投入资金构成, 分解目标 … 备注.</li>
 * <li>{@code NATIONAL}: the 项目支出绩效目标表 / 申报表 of the Ministry of Finance's template that other provinces
 *   use — 主管部门（及编码）, 实施单位, 项目属性, 项目期 or 起止时间, 资金总额（万元） with 财政拨款 and 其他资金, 年度目标,
 *   then the indicator table, and no 备注.</li>
 * </ul>
 * A form is national when it names a 主管部门 or an 实施单位 and none of Shanghai's own headings (申报单位, 项目类型,
 * 资金用途, 项目总预算, 项目当年预算).
 */
enum FormFamily {
    SHANGHAI,
    NATIONAL;

    static FormFamily of(FormSections sections) {
        boolean shanghai = sections.field(FormField.UNIT).isPresent()
                || sections.field(FormField.PROJECT_TYPE).isPresent()
                || sections.field(FormField.FUND_USE).isPresent()
                || sections.field(FormField.TOTAL_BUDGET).isPresent()
                || sections.field(FormField.CURRENT_YEAR_BUDGET).isPresent();
        boolean national = sections.field(FormField.MANAGING_DEPARTMENT).isPresent()
                || sections.field(FormField.IMPLEMENTING_UNIT).isPresent();
        return national && !shanghai ? NATIONAL : SHANGHAI;
    }
}
