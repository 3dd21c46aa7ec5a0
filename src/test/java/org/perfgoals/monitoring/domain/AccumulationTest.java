package org.perfgoals.monitoring.domain;

import org.perfgoals.indicator.domain.Accumulation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetParser;

class AccumulationTest {

    private final TargetParser parser = new TargetParser();

    /** Every indicator of the five seed forms with a target: name (三级, else 二级 or subject) | target cell. */
    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # form 1: 上海市12333公共服务平台
            系统建设完成率 | =100% | CUMULATIVE
            专款专用率 | =100% | PER_PERIOD
            预算执行率 | ≥98% | CUMULATIVE
            综合接通率 | ≥80.00% | PER_PERIOD
            招聘人员完成率 | 100.00% | CUMULATIVE
            服务人员培训率 | =100% | PER_PERIOD
            质量控制合格率 | $\\geq 98.00\\%$ | PER_PERIOD
            服务人员流失率 | $\\leq 20.00\\%$ | PER_PERIOD
            一级故障 | 响应时间：立即响应，故障处理时间 ≤ 90 分钟 | PER_PERIOD
            二级故障 | 响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟 | PER_PERIOD
            三级故障 | 响应时间： ≤ 30 分钟内，故障处理时间 ≤ 24 小时 | PER_PERIOD
            成本控制情况 | < 4.97 元/分钟 | PER_PERIOD
            综合满意度 | $\\geq 97.00\\%$ | PER_PERIOD
            投诉率 | $\\leq 0.01\\%$ | PER_PERIOD
            长效管理情况 | 对项目的长期发展应该有相应的管理措施 | PER_PERIOD
            人力资源对项目可持续影响 | 人力资源配备和培训应该满足可持续发展的需求 | PER_PERIOD
            公众满意度 | $\\geq 90.00\\%$ | PER_PERIOD
            # form 2: 职业培训基础能力建设—师资进修
            预算执行率 | >98% | CUMULATIVE
            项目立项依据充分性 | 充分 | PER_PERIOD
            资金使用合规性 | 合规 | PER_PERIOD
            项目管理制度健全性 | 健全 | PER_PERIOD
            师资进修工作完成率 | >95% | CUMULATIVE
            教师进修满意度 | ≥95% | PER_PERIOD
            师资能力提升情况 | 较上一年度有提升 | PER_PERIOD
            沟通协调机制健全性 | 健全 | PER_PERIOD
            # form 3: 社会保险服务费 (three columns)
            财务监控的有效性 | 有效 | PER_PERIOD
            财务制度健全性 | 健全 | PER_PERIOD
            # form 4: 委托服务经费
            项目管理制度执行有效性 | 有效 | PER_PERIOD
            项目管理制度健全性 | 健全 | PER_PERIOD
            资金使用合规性 | 合规 | PER_PERIOD
            财务管理制度健全性 | 健全 | PER_PERIOD
            预算执行率 | ≥98% | CUMULATIVE
            完成鉴定人数 | 排除政策变动因素，完成鉴定人数40万左右 | CUMULATIVE
            质量目标 | 确保鉴定工作公平公正举行 | PER_PERIOD
            时效目标 | 按月组织实施各类技能鉴定工作 | PER_PERIOD
            经济效益目标 | 提高了各类鉴定工作效率，使鉴定工作的组织开展更高效、更合理 | PER_PERIOD
            生态效益目标 | 全面事实施无纸化考试 | PER_PERIOD
            可持续目标 | 确保鉴定工作可持续运作 | PER_PERIOD
            有责投诉率 | 提高考生满意度，有责投诉率控制在千分之一以下 | PER_PERIOD
            # form 5: 外国人（台港澳）来华工作许可专项
            预算执行率 | ≥98% | CUMULATIVE
            资金使用合规性 | 规范 | PER_PERIOD
            服务单位考核管理制度建设情况 | 健全 | PER_PERIOD
            业务培训计划完成率、采购计划完成率 | 100% | CUMULATIVE
            业务培训合格率、采购合格率 | >95% | PER_PERIOD
            业务培训及时率、采购完成及时率 | 100% | PER_PERIOD
            政策知晓率 | ≥80% | PER_PERIOD
            定期检查管理机制 | 有效预防、及时处理 | PER_PERIOD
            外国人来华工作期望、受益人群满意度 | ≥85% | PER_PERIOD
            """)
    void every_seed_indicator_gets_the_expected_default(String name, String cell, Accumulation expected) {
        Target target = parser.parse(cell, 2019).target();

        assertThat(Accumulation.defaultFor(name, target)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            培训人次 | GE | 5000 | 人次 | CUMULATIVE
            新增就业人数 | GE | 50000 | 人 | CUMULATIVE
            举办招聘会 | GE | 12 | 场 | CUMULATIVE
            发放补贴户数 | GE | 300 | 户 | CUMULATIVE
            出版刊物 | EQ | 4 | 期 | CUMULATIVE
            培训天数 | GE | 30 | 天 | CUMULATIVE
            采购金额 | LE | 1000000 | 元 | CUMULATIVE
            安全事故 | LE | 0 | 次 | CUMULATIVE
            新增企业数 | GE | 120 |  | CUMULATIVE
            null | GE | 120 | 项 | CUMULATIVE
            培训覆盖率 | GE | 90 | % | PER_PERIOD
            系统可用率 | GE | 99.9 | % | PER_PERIOD
            收入增长率 | GE | 5 | % | PER_PERIOD
            null | GE | 90 | % | PER_PERIOD
            满意度指数 | GE | 85 |  | PER_PERIOD
            服务满意度 | GE | 90 |  | PER_PERIOD
            办件增长率 | GE | 5 |  | PER_PERIOD
            满意度测评得分 | GE | 90 | 分 | PER_PERIOD
            办结时限 | LE | 5 | 天 | PER_PERIOD
            审批时限 | LE | 3 | 工作日 | PER_PERIOD
            故障处理时间 | LE | 180 | 分钟 | PER_PERIOD
            人均培训费用 | LE | 500 | 元 | PER_PERIOD
            平均办理件数 | GE | 20 | 件 | PER_PERIOD
            培训成本 | LE | 1500 | 元/人 | PER_PERIOD
            失业率上升幅度 | LE | 0.5 | 个百分点 | PER_PERIOD
            项目完成情况 | GE | 90 |  | CUMULATIVE
            鉴定人数 | APPROX | 400000 | 人 | CUMULATIVE
            """)
    void quantitative_targets_follow_unit_and_name(String name, Comparator comparator, BigDecimal value, String unit,
                                                   Accumulation expected) {
        Target target = new Target.Quantitative(comparator, value, unit);

        assertThat(Accumulation.defaultFor(name, target)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"qualitative", "relative", "deadline", "compound"})
    void targets_judged_as_they_stand_are_per_period_even_for_a_completion_name(String kind) {
        Target target = switch (kind) {
            case "qualitative" -> new Target.Qualitative("健全");
            case "relative" -> new Target.Relative("较上一年度有提升");
            case "deadline" -> new Target.Deadline(LocalDate.of(2019, 12, 31), "完成系统建设");
            default -> new Target.Compound(List.of(
                    new Target.Part("a", new Target.Quantitative(Comparator.GE, BigDecimal.ONE, "人"))));
        };

        assertThat(Accumulation.defaultFor("系统建设完成率", target)).isEqualTo(Accumulation.PER_PERIOD);
        assertThat(Accumulation.defaultFor(null, target)).isEqualTo(Accumulation.PER_PERIOD);
    }
}
