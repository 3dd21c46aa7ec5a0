package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.perfgoals.SeedProjects;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The monitoring form downloaded as .xlsx over real HTTP, against the demo data. */
class MonitoringExportApiTest extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HOTLINE = SeedProjects.HOTLINE;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String user, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long hotline() throws Exception {
        byte[] body = get("/api/v1/projects?q=" + SeedProjects.HOTLINE_Q, "manager", null).body();
        return JsonMapper.builder().build().readTree(body).get(0).path("id").asLong();
    }

    @Test
    void a_quarter_downloads_as_an_xlsx_named_after_the_project_and_quarter() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/projects/" + hotline() + "/monitoring/2019/2/export.xlsx",
                "manager", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertThat(encoded).doesNotContain("热线").doesNotContain(" ");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(HOTLINE + "_2019年第2季度绩效监控表.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheet("绩效监控表");
            DataFormatter format = new DataFormatter(Locale.ROOT);
            assertThat(format.formatCellValue(sheet.getRow(0).getCell(0))).contains("项目支出绩效目标执行监控表")
                    .contains("2019年第2季度");
            boolean found = false;
            for (int row = 0; row <= sheet.getLastRowNum(); row++) {
                if (sheet.getRow(row) != null && sheet.getRow(row).getCell(2) != null
                        && format.formatCellValue(sheet.getRow(row).getCell(2)).equals("综合接通率")) {
                    assertThat(sheet.getRow(row).getCell(4).getNumericCellValue()).isEqualTo(76.5);
                    assertThat(format.formatCellValue(sheet.getRow(row).getCell(9)))
                            .isEqualTo("增补咨询员 20 名，高峰时段启用智能应答分流");
                    found = true;
                }
            }
            assertThat(found).as("综合接通率 row").isTrue();
        }
    }

    @Test
    void english_is_chosen_by_accept_language() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/projects/" + hotline() + "/monitoring/2019/2/export.xlsx",
                "staff", "en-US,en;q=0.9");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("Q2%202019");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Performance target monitoring form");
        }
    }

    @Test
    void anonymous_callers_unknown_projects_and_impossible_quarters_are_refused() throws Exception {
        long hotline = hotline();
        assertThat(get("/api/v1/projects/" + hotline + "/monitoring/2019/2/export.xlsx", null, null).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/projects/999999/monitoring/2019/2/export.xlsx", "manager", null).statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> fifth = get("/api/v1/projects/" + hotline + "/monitoring/2019/5/export.xlsx", "manager",
                null);
        assertThat(fifth.statusCode()).isEqualTo(400);
        assertThat(new String(fifth.body(), StandardCharsets.UTF_8)).contains("periodInvalid");
        assertThat(get("/api/v1/projects/" + hotline + "/monitoring/2019/0/export.xlsx", "manager", null)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void a_quarter_of_another_year_than_the_projects_is_refused_naming_its_year() throws Exception {
        long hotline = hotline();
        for (int year : new int[] {2018, 2020, 2050}) {
            HttpResponse<byte[]> other = get("/api/v1/projects/" + hotline + "/monitoring/" + year
                    + "/2/export.xlsx", "manager", null);
            assertThat(other.statusCode()).isEqualTo(400);
            assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("periodOutsideProject")
                    .contains("2019");
        }
    }
}
