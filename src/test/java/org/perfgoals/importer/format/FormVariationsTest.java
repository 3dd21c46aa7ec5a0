package org.perfgoals.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.IndicatorData;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.format.FormFiles.Checkboxes;

/** Each layout variation of a Word or Excel form on its own, in a small form. */
class FormVariationsTest {

    private static final String FORM = String.join("\n",
            "上海市财政支出项目绩效目标申报表",
            "(2019年)",
            "申报单位名称：测试中心",
            "项目名称\t测试项目\t\t",
            "项目类型\t<input type=\"checkbox\"/> 结转项目 <input checked=\"\" type=\"checkbox\"/> 经常性专项业务费\t\t",
            "资金用途\t<input checked=\"\" type=\"checkbox\"/> 政府购买服务\t\t",
            "开始时间\t2019-1-1\t结束时间\t2019-12-31",
            "项目总预算（元）\t300\t项目当年预算（元）\t300",
            "\t子项目名称\t预算金额（元）\t",
            "项目当年投入资金构成\t甲\t100\t",
            "\t乙\t200\t",
            "分解目标\t\t\t",
            "一级指标\t二级指标\t三级指标\t指标目标值",
            "投入和管理目标\t资金投入管理\t预算执行率\t≥98%",
            "产出目标\t数量目标\t培训人次\t≥100人次",
            "备注\t\t\t");

    private static ParseResult read(byte[] file) {
        return new FormFileReader().read(file);
    }

    private static FormData single(byte[] file) {
        ParseResult result = read(file);
        assertThat(result.errors()).isEmpty();
        assertThat(result.forms()).hasSize(1);
        return result.forms().getFirst();
    }

    @Test
    void a_vertical_merge_written_by_poi_gives_its_value_to_every_row_it_covers() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : FORM.lines().limit(3).toList()) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(1, 4);
            List<String[]> rows = FORM.lines().skip(3).map(line -> line.split("\t", -1)).toList();
            rows = new ArrayList<>(rows.subList(0, rows.size() - 1)); // 备注 comes after the added row
            rows.add(new String[] {"", "", "考核人次", ""}); // shares the target above
            rows.add(new String[] {"备注", "", "", ""});
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
                for (int c = 0; c < 4; c++) {
                    String text = c < rows.get(r).length ? rows.get(r)[c] : "";
                    XWPFTableCell cell = row.getCell(c);
                    cell.setText(SeedLayout.glyphs(text, "☑", "☐"));
                }
            }
            int last = rows.size() - 2; // the added row
            for (int c : new int[] {0, 1, 3}) {
                table.getRow(last - 1).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                table.getRow(last).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
                table.getRow(last).getCell(c).setText("");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            FormData form = single(out.toByteArray());
            assertThat(form.indicators()).extracting(IndicatorData::level1, IndicatorData::name,
                    indicator -> indicator.target().raw()).containsExactly(
                    tuple("投入和管理目标", "预算执行率", "≥98%"),
                    tuple("产出目标", "培训人次", "≥100人次"),
                    tuple("产出目标", "考核人次", "≥100人次"));
        }
    }

    @Test
    void a_table_nested_in_a_cell_is_read_as_rows_of_its_own() {
        List<SeedLayout.Line> lines = SeedLayout.layout(FORM);
        int header = 11; // 分解目标, then the indicator table nested in its second cell
        String outer = FormFiles.table(lines.subList(3, header), Checkboxes.GLYPH);
        String nested = FormFiles.table(lines.subList(header + 1, lines.size()), Checkboxes.GLYPH);
        String holder = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>分解目标</w:t></w:r></w:p></w:tc><w:tc>" + nested
                + "<w:p/></w:tc></w:tr></w:tbl>";
        String title = lines.subList(0, 3).stream().map(line -> FormFiles.paragraph(line.cells().getFirst(),
                Checkboxes.GLYPH)).reduce("", String::concat);
        FormData form = single(FormFiles.docxOf(title + outer + holder, ""));
        assertThat(form.indicators()).extracting(IndicatorData::name).containsExactly("预算执行率", "培训人次");
        assertThat(form.budgetItems()).hasSize(2);
    }

    @Test
    void a_title_in_a_text_box_and_paragraphs_above_the_table_are_read() {
        List<SeedLayout.Line> lines = SeedLayout.layout(FORM);
        String textBox = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
                + FormFiles.paragraph("上海市财政支出项目绩效目标申报表", Checkboxes.GLYPH)
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        String body = textBox + FormFiles.body(lines.subList(1, lines.size()), Checkboxes.GLYPH);
        FormData form = single(FormFiles.docxOf(body, ""));
        assertThat(form.year()).isEqualTo(2019);
        assertThat(form.unit()).isEqualTo("测试中心");
        assertThat(form.projectType()).isEqualTo("经常性专项业务费");
    }

    @Test
    void legacy_content_control_and_wingdings_checkboxes_are_read_like_glyphs() {
        for (Checkboxes checkboxes : Checkboxes.values()) {
            FormData form = single(FormFiles.docx(SeedLayout.layout(FORM), checkboxes));
            assertThat(form.projectType()).as(checkboxes.name()).isEqualTo("经常性专项业务费");
            assertThat(form.fundUse()).as(checkboxes.name()).isEqualTo("政府购买服务");
        }
    }

    @Test
    void excel_formulas_give_their_cached_value_dates_their_day_and_rich_text_its_runs() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("申报表");
            List<String[]> rows = FORM.lines().map(line -> SeedLayout.glyphs(line, "☑", "☐").split("\t", -1))
                    .toList();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            sheet.getRow(6).getCell(1).setCellValue(LocalDate.of(2019, 1, 1));
            sheet.getRow(6).getCell(1).setCellStyle(dates);
            sheet.getRow(6).getCell(3).setCellValue(LocalDate.of(2019, 12, 31));
            sheet.getRow(6).getCell(3).setCellStyle(dates);
            sheet.getRow(9).getCell(2).setCellValue(100);
            sheet.getRow(10).getCell(2).setCellValue(200);
            sheet.getRow(7).getCell(3).setCellFormula("SUM(C10:C11)");
            sheet.getRow(7).getCell(1).setCellFormula("C10+C11");
            XSSFRichTextString name = new XSSFRichTextString("测试项目（二期）");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            name.applyFont(0, 4, bold);
            sheet.getRow(3).getCell(1).setCellValue(name);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            FormData form = single(out.toByteArray());
            assertThat(form.name()).isEqualTo("测试项目（二期）");
            assertThat(form.totalBudget()).isEqualByComparingTo(BigDecimal.valueOf(300));
            assertThat(form.currentYearBudget()).isEqualByComparingTo(BigDecimal.valueOf(300));
            assertThat(form.startDate()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(form.endDate()).isEqualTo(LocalDate.of(2019, 12, 31));
            assertThat(form.budgetItems()).extracting(item -> item.amount().toBigInteger())
                    .containsExactly(BigInteger.valueOf(100), BigInteger.valueOf(200));
        }
    }

    @Test
    void two_forms_in_two_sheets_are_two_forms() {
        String second = FORM.replace("测试项目", "第二项目");
        byte[] workbook = FormFiles.xlsx(SeedLayout.layout(FORM + "\n" + second));
        ParseResult result = read(workbook);
        assertThat(result.errors()).isEmpty();
        assertThat(result.forms()).extracting(FormData::name).containsExactly("测试项目", "第二项目");
    }
}
