package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.template.FilledTemplate;
import org.perfgoals.monitoring.template.TemplateColumns;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Quarterly actuals filled in Excel over real HTTP: both templates, and an upload previewed, stored and refused. */
class TemplateApiTest extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        return api().getBytes(path, user);
    }

    private long hotline() throws Exception {
        return JSON.readTree(api().call("GET", "/api/v1/projects?q=" + SeedProjects.HOTLINE_Q, "manager", null)
                .body()).get(0).path("id").asLong();
    }

    private String templatePath(int quarter) throws Exception {
        return "/api/v1/projects/" + hotline() + "/monitoring/2019/" + quarter + "/template.xlsx";
    }

    private HttpResponse<String> upload(String user, int quarter, String query, byte[] file) throws Exception {
        return api().sendBytes("POST", "/api/v1/monitoring/2019/" + quarter + "/upload" + query, user, XLSX, file);
    }

    private static List<String> headings(XSSFSheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    @Test
    void a_projects_template_downloads_with_its_sheets_headings_locks_and_lists() throws Exception {
        HttpResponse<byte[]> response = get(templatePath(4), "staff");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7).replace("+", "%2B"),
                StandardCharsets.UTF_8)).isEqualTo("填报模板_" + SeedProjects.HOTLINE + "_2019年第4季度.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet entry = workbook.getSheet(TemplateColumns.ENTRY_SHEET);
            assertThat(headings(entry)).containsExactly("指标ID", "项目", "一级指标", "二级指标", "三级指标",
                    "指标目标值", "前期值", "本期值", "响应时间", "故障处理时间", "评价", "完成日期", "偏差原因",
                    "偏差说明", "纠偏措施", "完成可能性", "全年预计", "建议全年预计");
            assertThat(headings(workbook.getSheet(TemplateColumns.BUDGET_SHEET))).containsExactly("子项目ID", "项目",
                    "子项目名称", "预算金额", "此前累计", "本期支出", "超预算原因");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(TemplateColumns.VERSIONS_SHEET)))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(entry.getProtect()).as("ids and targets are locked").isTrue();
            FilledTemplate template = FilledTemplate.of(response.body());
            assertThat(template.cell(TemplateColumns.ENTRY_SHEET, "综合接通率", "指标ID").getCellStyle().getLocked())
                    .isTrue();
            assertThat(template.cell(TemplateColumns.ENTRY_SHEET, "综合接通率", "指标目标值").getCellStyle()
                    .getLocked()).isTrue();
            assertThat(template.cell(TemplateColumns.ENTRY_SHEET, "综合接通率", "本期值").getCellStyle().getLocked())
                    .isFalse();
            assertThat(template.cell(TemplateColumns.ENTRY_SHEET, "综合接通率", "指标目标值").getStringCellValue())
                    .isEqualTo("≥80.00%");
            assertThat(template.text(TemplateColumns.ENTRY_SHEET, "综合接通率", "前期值")).startsWith("Q1 ")
                    .contains("Q3 ");
            assertThat(entry.getDataValidations()).extracting(validation -> List.of(validation
                    .getValidationConstraint().getExplicitListValues()))
                    .contains(List.of("达成目标", "部分达成目标并具有一定效果", "未达成目标且效果较差"),
                            List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"),
                            List.of("确定能", "有可能", "完全不可能"));
        }
    }

    @Test
    void a_units_template_holds_its_projects_and_another_units_are_missing() throws Exception {
        String unit = URLEncoder.encode(OtherUnit.DEMO_UNIT, StandardCharsets.UTF_8);
        HttpResponse<byte[]> response = get("/api/v1/monitoring/2019/4/template.xlsx?department=" + unit, "staff");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(URLDecoder.decode(response.headers().firstValue("Content-Disposition").orElseThrow(),
                StandardCharsets.UTF_8)).contains("填报模板_" + OtherUnit.DEMO_UNIT + "_2019年第4季度.xlsx");
        FilledTemplate template = FilledTemplate.of(response.body());
        assertThat(template.headings(TemplateColumns.ENTRY_SHEET)).startsWith("指标ID", "项目", "一级指标");
        assertThat(template.text(TemplateColumns.ENTRY_SHEET, "综合接通率", "项目")).isEqualTo(SeedProjects.HOTLINE);

        String other = URLEncoder.encode(OtherUnit.UNIT, StandardCharsets.UTF_8);
        assertThat(get("/api/v1/monitoring/2019/4/template.xlsx?department=" + other, "staff").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/monitoring/2019/4/template.xlsx?department=" + unit, "leader").statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/monitoring/2019/4/template.xlsx", "staff").statusCode()).isEqualTo(400);
        long training = JSON.readTree(api().call("GET", "/api/v1/projects?q=" + URLEncoder.encode(
                SeedProjects.TRAINING_Q, StandardCharsets.UTF_8), "admin", null).body()).get(0).path("id").asLong();
        assertThat(get("/api/v1/projects/" + training + "/monitoring/2019/4/template.xlsx", "staff").statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_upload_is_previewed_by_a_dry_run_and_stored_by_the_real_one() throws Exception {
        FilledTemplate filled = FilledTemplate.of(get(templatePath(4), "staff").body())
                .entry("服务人员培训率", TemplateColumns.VALUE, 100);
        int row = filled.row(TemplateColumns.ENTRY_SHEET, "服务人员培训率");

        HttpResponse<String> preview = upload("staff", 4, "?dryRun=true", filled.bytes());

        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode dry = JSON.readTree(preview.body());
        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        JsonNode change = dry.path("projects").get(0).path("changes").get(0);
        assertThat(List.of(change.path("sheet").asString(), change.path("row").asString(),
                change.path("column").asString(), change.path("cell").asString(), change.path("field").asString(),
                change.path("newValue").asString())).containsExactly("填报", String.valueOf(row), "本期值", "H" + row,
                "value", "100");
        assertThat(value("服务人员培训率")).as("nothing stored by the dry run").isNull();

        HttpResponse<String> stored = upload("staff", 4, "", filled.bytes());

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(stored.body()).path("dryRun").asBoolean()).isFalse();
        assertThat(value("服务人员培训率").path("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(value("服务人员培训率").path("status").asString()).isEqualTo("GREEN");
    }

    @Test
    void a_refused_upload_is_a_problem_naming_each_cell_and_stores_nothing() throws Exception {
        FilledTemplate filled = FilledTemplate.of(get(templatePath(4), "staff").body())
                .entry("质量控制合格率", TemplateColumns.VALUE, "九十九");
        int row = filled.row(TemplateColumns.ENTRY_SHEET, "质量控制合格率");

        HttpResponse<String> refused = upload("staff", 4, "", filled.bytes());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://perfgoals.org/problems/template-invalid");
        JsonNode error = problem.path("errors").get(0);
        assertThat(List.of(error.path("sheet").asString(), error.path("row").asString(),
                error.path("column").asString(), error.path("cell").asString(), error.path("code").asString(),
                error.path("message").asString())).containsExactly("填报", String.valueOf(row), "本期值", "H" + row,
                "actual.notNumber", "“九十九”不是数字");
        assertThat(value("质量控制合格率")).isNull();

        assertThat(upload("leader", 4, "", "no workbook".getBytes(StandardCharsets.UTF_8)).statusCode())
                .as("who may write is decided before the file is read").isEqualTo(403);
        HttpResponse<String> garbage = upload("staff", 4, "", "no workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(garbage.body()).path("errors").get(0).path("code").asString()).isEqualTo("notXlsx");
        assertThat(upload("staff", 3, "", filled.bytes()).statusCode()).as("a Q4 template is no Q3 one")
                .isEqualTo(400);
    }

    @Test
    void a_stale_upload_is_a_conflict_naming_who_saved_meanwhile() throws Exception {
        FilledTemplate filled = FilledTemplate.of(get(templatePath(3), "staff").body())
                .entry("投诉率", TemplateColumns.VALUE, "0.004");
        long indicator = (long) filled.cell(TemplateColumns.ENTRY_SHEET, "投诉率", "指标ID").getNumericCellValue();
        assertThat(api().call("PUT", "/api/v1/indicators/" + indicator + "/actuals/2019/3", "manager",
                "{\"value\": \"0.003\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = upload("staff", 3, "", filled.bytes());

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(stale.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://perfgoals.org/problems/stale-edit");
        assertThat(problem.path("changedBy").asString()).isEqualTo("manager");
        assertThat(problem.path("detail").asString()).startsWith("manager 于 ");
    }

    private JsonNode value(String indicator) throws Exception {
        JsonNode sheet = JSON.readTree(api().call("GET", "/api/v1/projects/" + hotline() + "/monitoring/2019/4",
                "staff", null).body());
        for (JsonNode row : sheet.path("rows")) {
            if (row.path("name").asString().equals(indicator)) {
                JsonNode actual = row.path("actual");
                return actual.path("value").isNull() || actual.path("value").isMissingNode() ? null : actual;
            }
        }
        throw new IllegalArgumentException(indicator);
    }
}
