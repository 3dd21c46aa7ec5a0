package org.perfgoals.importer.domain;

import java.util.List;

/**
 * The labelled fields of a 绩效目标申报表, each with the words its label is written with (most specific
 * first) and how its value is laid out.
 */
enum FormField {
    UNIT(Layout.SINGLE, "申报单位名称", "申报单位", "单位名称"),
    NAME(Layout.SINGLE, "项目名称"),
    PROJECT_TYPE(Layout.CHECKBOXES, "项目类型"),
    FUND_USE(Layout.CHECKBOXES, "资金用途"),
    OWNER(Layout.SINGLE, "项目负责人", "负责人"),
    CONTACT(Layout.SINGLE, "联系人"),
    PHONE(Layout.SINGLE, "联系电话", "电话"),
    START_DATE(Layout.SINGLE, "开始时间", "起始时间", "开始日期"),
    END_DATE(Layout.SINGLE, "结束时间", "完成时间", "结束日期"),
    OVERVIEW(Layout.TEXT, "项目概况"),
    LEGAL_BASIS(Layout.TEXT, "立项依据"),
    NECESSITY(Layout.TEXT, "项目设立的必要性", "项目设立必要性", "必要性"),
    SAFEGUARDS(Layout.TEXT, "保证项目实施的制度、措施", "保证项目实施的制度", "保证项目实施"),
    IMPLEMENTATION_PLAN(Layout.TEXT, "项目实施计划", "实施计划"),
    TOTAL_BUDGET(Layout.SINGLE, "项目总预算"),
    CURRENT_YEAR_BUDGET(Layout.SINGLE, "项目当年预算", "当年预算"),
    PREVIOUS_YEAR_BUDGET(Layout.SINGLE, "同名项目上年预算额", "同名项目上年预算数", "上年预算额", "上年预算数"),
    PREVIOUS_YEAR_EXECUTED(Layout.SINGLE, "同名项目上年预算执行数", "上年预算执行数", "上年执行数"),
    /** Either the row label or the header cell of the sub-item table may come first. */
    BUDGET_ITEMS(Layout.TABLE, "项目当年投入资金构成", "当年投入资金构成", "投入资金构成", "子项目名称"),
    OVERALL_GOAL(Layout.TEXT, "项目总目标", "总目标"),
    ANNUAL_GOAL(Layout.TEXT, "年度绩效目标", "年度目标"),
    INDICATORS(Layout.TABLE, "分解目标"),
    REMARK(Layout.TEXT, "备注"),
    // the national 项目支出绩效目标表 / 申报表 family (see FormFamily)
    MANAGING_DEPARTMENT(Layout.SINGLE, "主管部门及代码", "主管部门及编码", "主管部门"),
    IMPLEMENTING_UNIT(Layout.SINGLE, "实施单位"),
    PROJECT_ATTRIBUTE(Layout.SINGLE, "项目属性"),
    PROJECT_PERIOD(Layout.SINGLE, "项目起止时间", "起止时间", "项目期", "实施期限"),
    /** The block label of the amounts (项目资金（万元）): its note says the unit, the amounts follow. */
    FUNDS(Layout.SINGLE, "项目资金"),
    MEDIUM_TERM_FUNDS(Layout.SINGLE, "中期资金总额"),
    ANNUAL_FUNDS(Layout.SINGLE, "年度资金总额", "项目资金总额", "资金总额"),
    FISCAL_FUNDS(Layout.SINGLE, "其中:财政拨款", "其中财政拨款", "财政拨款"),
    OTHER_FUNDS(Layout.SINGLE, "其他资金"),
    /** 长期目标 / 中期目标: read so that it is no unrecognised line, stored nowhere. */
    LONG_TERM_GOAL(Layout.TEXT, "长期目标", "中期目标");

    enum Layout {
        /** One value; a following unlabelled line only fills it while it is still empty. */
        SINGLE,
        /** Free text that may run over several lines. */
        TEXT,
        /** Checkboxes over one or more lines and cells. */
        CHECKBOXES,
        /** Rows continuing with an empty first cell. */
        TABLE
    }

    private final Layout layout;
    private final List<String> labels;

    FormField(Layout layout, String... labels) {
        this.layout = layout;
        this.labels = List.of(labels);
    }

    Layout layout() {
        return layout;
    }

    List<String> labels() {
        return labels;
    }

    /** The label as the form prints it, to name the field in messages. */
    String printedLabel() {
        return labels.getFirst();
    }
}
