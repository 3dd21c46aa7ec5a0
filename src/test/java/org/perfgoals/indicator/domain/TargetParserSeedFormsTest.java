package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every target cell of the five seed forms, with what it must be read as. */
class TargetParserSeedFormsTest {

    private static final String SEED = "/seed/000_9a3baee883589cca.txt";
    private final TargetParser parser = new TargetParser();

    static Stream<Arguments> seedCells() {
        return Stream.of(
                // 上海市12333公共服务平台 (form 1)
                Arguments.of("=100%", "EQ 100 %", null),
                Arguments.of("≥98%", "GE 98 %", null),
                Arguments.of("≥80.00%", "GE 80 %", null),
                Arguments.of("100.00%", "GE 100 %", null),
                Arguments.of("$\\geq 98.00\\%$", "GE 98 %", null),
                Arguments.of("$\\leq 20.00\\%$", "LE 20 %", null),
                Arguments.of("响应时间：立即响应，故障处理时间 ≤ 90 分钟", "响应时间:LE 0 分钟 & 故障处理时间:LE 90 分钟", null),
                Arguments.of("响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟", "响应时间:LE 30 分钟 & 故障处理时间:LE 180 分钟", null),
                Arguments.of("响应时间： ≤ 30 分钟内，故障处理时间 ≤ 24 小时", "响应时间:LE 30 分钟 & 故障处理时间:LE 1440 分钟", null),
                Arguments.of("< 4.97 元/分钟", "LT 4.97 元/分钟", null),
                Arguments.of("$\\geq 97.00\\%$", "GE 97 %", null),
                Arguments.of("$\\leq 0.01\\%$", "LE 0.01 %", null),
                Arguments.of("对项目的长期发展应该有相应的管理措施", "FREE", null),
                Arguments.of("人力资源配备和培训应该满足可持续发展的需求", "FREE", null),
                Arguments.of("$\\geq 90.00\\%$", "GE 90 %", null),
                // 职业培训基础能力建设—师资进修 (form 2)
                Arguments.of(">98%", "GT 98 %", null),
                Arguments.of("充分", "QUALITATIVE", null),
                Arguments.of("合规", "QUALITATIVE", null),
                Arguments.of("健全", "QUALITATIVE", null),
                Arguments.of(">95%", "GT 95 %", null),
                Arguments.of("≥95%", "GE 95 %", null),
                Arguments.of("较上一年度有提升", "RELATIVE", null),
                // 社会保险服务费 (form 3, three columns)
                Arguments.of("有效", "QUALITATIVE", null),
                // 委托服务经费 (form 4)
                Arguments.of("排除政策变动因素，完成鉴定人数40万左右", "APPROX 400000 人", "完成鉴定人数"),
                Arguments.of("确保鉴定工作公平公正举行", "FREE", null),
                Arguments.of("按月组织实施各类技能鉴定工作", "FREE", null),
                Arguments.of("提高了各类鉴定工作效率，使鉴定工作的组织开展更高效、更合理", "FREE", null),
                Arguments.of("通过委托服务经费的使用，不断提高鉴定各方面工作的质量和服务水平，为鉴定工作的各类对象提供更优质的服务", "FREE", null),
                Arguments.of("全面事实施无纸化考试", "FREE", null),
                Arguments.of("确保鉴定工作可持续运作", "FREE", null),
                Arguments.of("提高考生满意度，有责投诉率控制在千分之一以下", "LE 0.1 %", "有责投诉率"),
                // 外国人（台港澳）来华工作许可专项 (form 5)
                Arguments.of("规范", "QUALITATIVE", null),
                Arguments.of("100%", "GE 100 %", null),
                Arguments.of("≥80%", "GE 80 %", null),
                Arguments.of("有效预防、及时处理", "QUALITATIVE", null),
                Arguments.of("≥85%", "GE 85 %", null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("seedCells")
    void every_seed_target_cell_is_read_as_expected(String cell, String expected, String subject) {
        TargetReading reading = parser.parse(cell);

        assertThat(TargetSummary.of(reading)).isEqualTo(expected);
        assertThat(reading.subject()).isEqualTo(subject);
        assertThat(reading.raw()).isEqualTo(cell.strip());
    }

    @Test
    void the_table_above_covers_every_target_cell_of_the_seed_forms() throws IOException {
        List<String> tested = seedCells().map(a -> (String) a.get()[0]).toList();

        List<String> cells = targetCellsOfSeed();

        assertThat(cells).hasSize(49);
        assertThat(tested).containsAll(cells.stream().distinct().toList());
        assertThat(cells).allSatisfy(cell -> assertThat(parser.parse(cell)).isNotNull());
    }

    /** The 指标目标值 column of every 分解目标 table: 4th of four columns, 3rd of the three-column layout. */
    private static List<String> targetCellsOfSeed() throws IOException {
        List<String> cells = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TargetParserSeedFormsTest.class.getResourceAsStream(SEED)),
                StandardCharsets.UTF_8))) {
            int column = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = line.split("\t", -1);
                if (fields[0].equals("一级指标")) {
                    column = 3;
                } else if (fields[0].equals("分解目标内容")) {
                    column = 2;
                } else if (fields[0].equals("备注") || fields[0].startsWith("上海市财政支出")) {
                    column = -1;
                } else if (column >= 0 && fields.length > column && !fields[column].isBlank()) {
                    cells.add(fields[column].strip());
                }
            }
        }
        return cells;
    }
}
