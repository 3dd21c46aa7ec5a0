package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.importer.domain.ImportLimits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an import may do, over HTTP: a manager imports and replaces projects of their own unit only (admins any),
 * every schema limit is an error naming the field and the limit, and an oversized body is refused unread.
 */
class ImportRulesApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEXT = "text/plain; charset=UTF-8";
    /** The seed's second form: 上海市就业促进中心, not the demo manager's unit. */
    private static final String OTHER_UNIT = "上海市就业促进中心";
    private static final String TRAINING = SeedProjects.TRAINING;

    private HttpResponse<String> importAs(String user, String query, String body) throws Exception {
        return api().send("POST", "/api/v1/imports" + query, user, "demo", TEXT, body);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = api().call("GET", path, "admin", null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private long projectId(String query) throws Exception {
        JsonNode found = JSON.readTree(get("/api/v1/projects?q=" + java.net.URLEncoder.encode(query,
                StandardCharsets.UTF_8)));
        assertThat(found.size()).as(query).isEqualTo(1);
        return found.get(0).path("id").asLong();
    }

    /** Everything a replacement could change of a project: its declaration, its four quarters, the alerts. */
    private String stateOf(long project) throws Exception {
        StringBuilder state = new StringBuilder(get("/api/v1/projects/" + project));
        for (int quarter = 1; quarter <= 4; quarter++) {
            state.append(get("/api/v1/projects/" + project + "/monitoring/2019/" + quarter));
        }
        return state.append(get("/api/v1/alerts")).toString();
    }

    private static String trainingWithTarget(String target) {
        String form = SeedFile.form(2);
        assertThat(form).contains("\t教师进修满意度\t≥95%");
        return form.replace("\t教师进修满意度\t≥95%", "\t教师进修满意度\t" + target);
    }

    @Test
    void a_manager_replacing_another_units_project_gets_403_naming_the_form_and_unit_and_nothing_changes()
            throws Exception {
        long training = projectId(TRAINING);
        String before = stateOf(training);

        HttpResponse<String> refused = importAs("manager", "?replace=true", trainingWithTarget("≥80%"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("error").asString()).contains("1 张申报表").contains("无权");
        JsonNode form = body.path("forms").get(0);
        assertThat(form.path("formNumber").asInt()).isEqualTo(1);
        assertThat(form.path("projectName").asString()).isEqualTo(TRAINING);
        assertThat(form.path("department").asString()).isEqualTo(OTHER_UNIT);
        assertThat(form.path("message").asString()).contains(TRAINING).contains(OTHER_UNIT);
        assertThat(stateOf(training)).as("target, verdicts and alerts as they were").isEqualTo(before);
    }

    @Test
    void a_dry_run_of_another_units_form_says_403_too() throws Exception {
        HttpResponse<String> refused = importAs("manager", "?dryRun=true&replace=true", trainingWithTarget("≥80%"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("forms").get(0).path("department").asString())
                .isEqualTo(OTHER_UNIT);
    }

    @Test
    void a_manager_may_not_create_a_project_of_another_unit_either() throws Exception {
        long projectsBefore = JSON.readTree(get("/api/v1/projects")).size();
        String newProject = SeedFile.form(2).replace(TRAINING, "另一单位的新项目");

        HttpResponse<String> refused = importAs("manager", "", newProject);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("forms").get(0).path("projectName").asString())
                .isEqualTo("另一单位的新项目");
        assertThat(JSON.readTree(get("/api/v1/projects")).size()).isEqualTo(projectsBefore);
    }

    @Test
    void a_file_mixing_the_own_unit_with_another_is_refused_as_a_whole() throws Exception {
        long projectsBefore = JSON.readTree(get("/api/v1/projects")).size();
        String mixed = SeedFile.form(1).replace(SeedProjects.HOTLINE, "本单位的新项目") + "\n"
                + SeedFile.form(2).replace(TRAINING, "另一单位的新项目");

        HttpResponse<String> refused = importAs("manager", "", mixed);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        JsonNode forms = JSON.readTree(refused.body()).path("forms");
        assertThat(forms.size()).as("only the other unit's form is named").isEqualTo(1);
        assertThat(forms.get(0).path("formNumber").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(get("/api/v1/projects")).size()).isEqualTo(projectsBefore);
    }

    @Test
    void a_manager_replaces_a_project_of_the_own_unit() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        String corrected = SeedFile.form(1).replace("\t数量目标\t综合接通率\t≥80.00%", "\t数量目标\t综合接通率\t≥79.00%");

        HttpResponse<String> replaced = importAs("manager", "?replace=true", corrected);

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(JSON.readTree(replaced.body()).path("projects").get(0).path("id").asLong()).isEqualTo(hotline);
        assertThat(get("/api/v1/projects/" + hotline)).contains("≥79.00%");
    }

    @Test
    void an_admin_replaces_a_project_of_any_unit() throws Exception {
        long training = projectId(TRAINING);

        HttpResponse<String> replaced = importAs("admin", "?replace=true", trainingWithTarget("≥96%"));

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(JSON.readTree(replaced.body()).path("projects").get(0).path("id").asLong()).isEqualTo(training);
        assertThat(get("/api/v1/projects/" + training)).contains("≥96%");
    }

    @Test
    void a_name_over_its_column_is_a_400_naming_the_field_and_the_limit_in_the_dry_run_and_the_import()
            throws Exception {
        long projectsBefore = JSON.readTree(get("/api/v1/projects")).size();
        String tooLong = SeedFile.form(1).replace(SeedProjects.HOTLINE, "长".repeat(501));
        for (String query : new String[] {"?dryRun=true", ""}) {
            HttpResponse<String> refused = importAs("admin", query, tooLong);
            assertThat(refused.statusCode()).as(query + " " + refused.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(refused.body()).path("errors").get(0);
            assertThat(error.path("code").asString()).isEqualTo("text.tooLong");
            assertThat(error.path("message").asString()).contains("项目名称").contains("501").contains("500");
            assertThat(refused.body().length()).as("the name is not echoed whole").isLessThan(2_000);
        }
        assertThat(JSON.readTree(get("/api/v1/projects")).size()).isEqualTo(projectsBefore);
    }

    @Test
    void an_amount_over_its_column_is_a_400_not_a_500() throws Exception {
        String tooLarge = SeedFile.form(1).replace("71387200", "1" + "0".repeat(20));
        HttpResponse<String> refused = importAs("admin", "?dryRun=true", tooLarge);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("code").asString())
                .isEqualTo("number.tooLarge");
    }

    @Test
    void a_body_over_the_upload_limit_gets_413() throws Exception {
        // Only the headers and the start of the body are sent: the refusal must come without the rest being read.
        String response;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + TEXT
                    + "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString(
                    "admin:demo".getBytes(StandardCharsets.UTF_8)) + "\r\nContent-Length: "
                    + (ImportLimits.MAX_FILE_BYTES + 1) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(new byte[1024]);
            out.flush();
            // The server may wait for the rest of the body before it closes: read the response, not up to the end.
            response = readResponse(socket.getInputStream());
        }
        assertThat(response).startsWith("HTTP/1.1 413");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        // The API's size filter answers before the importer sees the body; its limit is the importer's own.
        assertThat(body).contains("\"maxBytes\":" + ImportLimits.MAX_FILE_BYTES);
        assertThat(body.length()).isLessThan(500);
    }

    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int headerEnd = -1;
        int contentLength = 0;
        byte[] buffer = new byte[4096];
        while (headerEnd < 0 || read.size() < headerEnd + contentLength) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            read.write(buffer, 0, n);
            String text = read.toString(StandardCharsets.ISO_8859_1);
            if (headerEnd < 0 && text.contains("\r\n\r\n")) {
                headerEnd = text.indexOf("\r\n\r\n") + 4;
                Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(text.substring(0, headerEnd));
                contentLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
