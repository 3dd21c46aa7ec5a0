package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.importer.format.FormFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/imports} takes Word, Excel and PDF files as its body: the content decides how it is read. */
class FormFormatsApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FORM = String.join("\n",
            "上海市财政支出项目绩效目标申报表", "(2019年)", "申报单位名称：测试中心", "项目名称\t表格导入项目\t\t",
            "项目类型\t☑ 经常性专项业务费\t\t", "资金用途\t☑ 政府购买服务\t\t", "开始时间\t2019-1-1\t结束时间\t2019-12-31",
            "项目总预算（元）\t300\t项目当年预算（元）\t300", "\t子项目名称\t预算金额（元）\t",
            "项目当年投入资金构成\t甲\t100\t", "\t乙\t200\t", "分解目标\t\t\t", "一级指标\t二级指标\t三级指标\t指标目标值",
            "产出目标\t数量目标\t培训人次\t≥100人次", "备注\t\t\t");

    private int projectCount() throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/projects", "admin", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).size();
    }

    @Test
    void a_docx_of_the_seed_previews_its_five_projects_and_stores_nothing() throws Exception {
        int before = projectCount();
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports?dryRun=true", "admin", DOCX,
                FormFixtures.seedDocx());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("errors").size()).isZero();
        assertThat(body.path("projects").size()).isEqualTo(5);
        assertThat(response.body()).contains(SeedProjects.HOTLINE, SeedProjects.WORK_PERMITS);
        assertThat(projectCount()).isEqualTo(before);
    }

    @Test
    void an_xlsx_is_imported_and_stored() throws Exception {
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports", "admin", XLSX,
                FormFixtures.xlsx(FORM));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        HttpResponse<String> found = api().call("GET", "/api/v1/projects?q="
                + URLEncoder.encode("表格导入项目", StandardCharsets.UTF_8), "admin", null);
        assertThat(JSON.readTree(found.body()).size()).isEqualTo(1);
    }

    @Test
    void the_content_decides_not_the_content_type() throws Exception {
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports?dryRun=true", "admin",
                "application/octet-stream", FormFixtures.seedXlsx());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("projects").size()).isEqualTo(5);
    }

    @Test
    void a_renamed_program_is_a_400_naming_what_it_is_and_nothing_is_stored() throws Exception {
        int before = projectCount();
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports", "admin", DOCX, exe);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("file.format.executable");
        assertThat(error.path("message").asString()).contains("程序");
        assertThat(projectCount()).isEqualTo(before);
    }
}
