package org.perfgoals.importer.domain;

/**
 * A small, valid 绩效目标申报表 in the seed's layout, each part replaceable, so that a test shows only the
 * layout it is about.
 */
final class FormBuilder {

    static final String UNTICKED = "<input type=\"checkbox\"/>";
    static final String TICKED = "<input checked=\"\" type=\"checkbox\"/>";

    private String title = "上海市财政支出项目绩效目标申报表";
    private String year = "(2019年)";
    private String unit = "申报单位名称：测试中心";
    private String name = "项目名称\t测试项目\t\t";
    private String projectType = "项目类型\t" + UNTICKED + " 结转项目 " + TICKED + " 经常性专项业务费\t\t";
    private String fundUse = "资金用途\t" + TICKED + " 政府购买服务 " + UNTICKED + " 其他事业专业类\t\t";
    private String period = "开始时间\t2019-1-1\t结束时间\t2019-12-31";
    private String texts = "项目概况\t概况\t\n立项依据\t依据\t\n项目设立的必要性\t必要\t\n保证项目实施的制度、措施\t制度\t";
    private String budget = "项目总预算（元）\t300\t项目当年预算（元）\t300\n同名项目上年预算额（元）\t100\t同名项目上年预算执行数（元）\t90";
    private String items = "\t子项目名称\t预算金额（元）\t\n项目当年投入资金构成\t甲\t100\t\n\t乙\t200\t";
    private String plan = "项目实施计划\t计划\t";
    private String goals = "项目总目标\t总目标\t\n年度绩效目标\t年度目标\t";
    private String indicators = "分解目标\t\t\t\n一级指标\t二级指标\t三级指标\t指标目标值\n"
            + "投入和管理目标\t资金投入管理\t预算执行率\t≥98%\n产出目标\t数量目标\t培训人次\t≥100人次";
    private String remark = "备注\t\t\t";

    static FormBuilder form() {
        return new FormBuilder();
    }

    FormBuilder title(String value) { title = value; return this; }
    FormBuilder year(String value) { year = value; return this; }
    FormBuilder unit(String value) { unit = value; return this; }
    FormBuilder name(String value) { name = value; return this; }
    FormBuilder projectType(String value) { projectType = value; return this; }
    FormBuilder fundUse(String value) { fundUse = value; return this; }
    FormBuilder period(String value) { period = value; return this; }
    FormBuilder texts(String value) { texts = value; return this; }
    FormBuilder budget(String value) { budget = value; return this; }
    FormBuilder items(String value) { items = value; return this; }
    FormBuilder goals(String value) { goals = value; return this; }
    FormBuilder indicators(String value) { indicators = value; return this; }
    FormBuilder remark(String value) { remark = value; return this; }

    /** The indicator rows under the usual four-column header. */
    FormBuilder indicatorRows(String rows) {
        return indicators("分解目标\t\t\t\n一级指标\t二级指标\t三级指标\t指标目标值\n" + rows);
    }

    String build() {
        return String.join("\n", "", title, "", year, "", unit, "", name, projectType, fundUse, period, texts,
                budget, items, plan, goals, indicators, remark, "");
    }
}
