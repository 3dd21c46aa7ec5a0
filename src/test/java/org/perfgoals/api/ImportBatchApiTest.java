package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.api.ApiClient.FilePart;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.format.FormFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/imports} of many files: multipart with several {@code file} parts, or a zip as the body; the
 * answer names each file, and a refused batch (an error in any file, a limit, a bad part) stores nothing.
 */
class ImportBatchApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String form(int number, int year) {
        return SeedFile.form(number).replace("2019", String.valueOf(year));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private int projectsOf(int year) throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/projects?year=" + year, "admin", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).size();
    }

    private static List<FilePart> threeFormats(int year) {
        return List.of(new FilePart("file", "一.txt", utf8(form(1, year))),
                new FilePart("file", "二.docx", FormFixtures.docx(form(2, year))),
                new FilePart("file", "三.xlsx", FormFixtures.xlsx(form(3, year))));
    }

    @Test
    void three_parts_of_three_formats_are_previewed_then_stored_together_each_file_named() throws Exception {
        String path = "/api/v1/imports?dryRun=true";
        HttpResponse<String> dryRun = api().sendMultipart(path, "admin", threeFormats(2051));
        assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
        JsonNode preview = JSON.readTree(dryRun.body());
        assertThat(preview.path("files").size()).isEqualTo(3);
        assertThat(preview.path("files").get(1).path("name").asString()).isEqualTo("二.docx");
        assertThat(preview.path("files").get(1).path("status").asString()).isEqualTo("valid");
        assertThat(preview.path("files").get(1).path("projects").asInt()).isEqualTo(1);
        assertThat(preview.path("projects").size()).as("all files together, in file order").isEqualTo(3);
        assertThat(preview.path("projects").get(1).path("name").asString()).isEqualTo(SeedProjects.TRAINING);
        assertThat(projectsOf(2051)).as("a dry run stores nothing").isZero();

        HttpResponse<String> stored = api().sendMultipart("/api/v1/imports", "admin", threeFormats(2051));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(stored.body());
        for (JsonNode file : answer.path("files")) {
            assertThat(file.path("status").asString()).as(file.path("name").asString()).isEqualTo("stored");
            assertThat(file.path("projects").asInt()).isEqualTo(1);
        }
        assertThat(answer.path("projects")).allSatisfy(project -> assertThat(project.path("id").isNumber()).isTrue());
        assertThat(projectsOf(2051)).isEqualTo(3);
    }

    @Test
    void a_zip_as_the_body_is_unpacked_and_its_files_named() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("申报/一.txt", utf8(form(1, 2052)));
        entries.put("申报/四.pdf", FormFixtures.pdf(form(4, 2052)));
        entries.put("__MACOSX/申报/._一.txt", new byte[] {0, 5, 22, 7});
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports", "admin", "application/zip",
                FormFixtures.zip(entries));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode files = JSON.readTree(response.body()).path("files");
        assertThat(files.size()).isEqualTo(2);
        assertThat(files.get(0).path("name").asString()).isEqualTo("body/申报/一.txt");
        assertThat(files.get(1).path("name").asString()).isEqualTo("body/申报/四.pdf");
        assertThat(projectsOf(2052)).isEqualTo(2);
    }

    @Test
    void one_file_with_an_error_is_a_400_naming_it_and_nothing_of_the_batch_is_stored() throws Exception {
        List<FilePart> parts = List.of(new FilePart("file", "good.txt", utf8(form(1, 2053))),
                new FilePart("file", "broken.txt", utf8(form(2, 2053).replace("3511500\t项目当年", "三百万\t项目当年"))));
        HttpResponse<String> response = api().sendMultipart("/api/v1/imports", "admin", parts);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("errors").get(0).path("file").asString()).isEqualTo("broken.txt");
        assertThat(problem.path("files").get(0).path("status").asString()).isEqualTo("valid");
        assertThat(problem.path("files").get(1).path("status").asString()).isEqualTo("invalid");
        assertThat(problem.path("files").get(1).path("errors").asInt()).isEqualTo(problem.path("errors").size());
        assertThat(projectsOf(2053)).isZero();
    }

    @Test
    void a_project_in_two_parts_is_a_400_naming_the_first_file() throws Exception {
        List<FilePart> parts = List.of(new FilePart("file", "a.txt", utf8(form(1, 2054))),
                new FilePart("file", "b.docx", FormFixtures.docx(form(1, 2054))));
        HttpResponse<String> response = api().sendMultipart("/api/v1/imports?dryRun=true", "admin", parts);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("batch.duplicateInBatch");
        assertThat(error.path("file").asString()).isEqualTo("b.docx");
        assertThat(error.path("message").asString()).contains("a.txt");
        assertThat(projectsOf(2054)).isZero();
    }

    @Test
    void a_file_over_the_size_limit_is_a_413_naming_it_and_nothing_is_stored() throws Exception {
        List<FilePart> parts = List.of(new FilePart("file", "good.txt", utf8(form(1, 2055))),
                new FilePart("file", "大.xlsx", new byte[ImportLimits.MAX_FILE_BYTES + 1]));
        HttpResponse<String> response = api().sendMultipart("/api/v1/imports", "admin", parts);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://perfgoals.org/problems/batch-refused");
        assertThat(problem.path("file").asString()).isEqualTo("大.xlsx");
        assertThat(problem.path("detail").asString()).isEqualTo("大.xlsx：文件超过 10 MB，整批未导入");
        assertThat(projectsOf(2055)).isZero();
    }

    @Test
    void a_zip_bomb_is_a_413_naming_the_entry() throws Exception {
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports?dryRun=true", "admin",
                "application/zip", FormFixtures.zipOfZeros("zeros.txt", 64L * 1024 * 1024));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("file").asString()).isEqualTo("body/zeros.txt");
    }

    @Test
    void a_part_of_another_name_is_a_400_naming_it() throws Exception {
        List<FilePart> parts = List.of(new FilePart("file", "a.txt", utf8(form(1, 2056))),
                new FilePart("files", "b.txt", utf8(form(2, 2056))));
        HttpResponse<String> response = api().sendMultipart("/api/v1/imports", "admin", parts);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asString()).isEqualTo("unexpectedPart");
        assertThat(problem.path("detail").asString()).contains("“files”");
        assertThat(projectsOf(2056)).isZero();
    }

    @Test
    void a_multipart_body_that_cannot_be_read_is_a_400() throws Exception {
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports", "admin",
                "multipart/form-data; boundary=nothing-like-it", utf8("not a multipart body at all"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("type").asString()).endsWith("/batch-refused");
    }

    @Test
    void staff_are_refused_before_the_parts_are_read() throws Exception {
        HttpResponse<String> response = api().sendMultipart("/api/v1/imports", "staff", threeFormats(2057));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("type").asString()).endsWith("/forbidden");
        assertThat(projectsOf(2057)).isZero();
    }

    @Test
    void the_single_file_body_keeps_its_fields_and_is_one_file_named_body() throws Exception {
        HttpResponse<String> response = api().sendBytes("POST", "/api/v1/imports?dryRun=true", "admin",
                "text/plain; charset=UTF-8", utf8(form(1, 2058)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("projects").size()).isEqualTo(1);
        assertThat(body.path("files").get(0).path("name").asString()).isEqualTo("body");
        assertThat(body.path("files").get(0).path("status").asString()).isEqualTo("valid");
    }

    @Test
    void an_existing_project_is_a_409_naming_its_file_and_another_units_form_a_403_naming_its_file() throws Exception {
        List<FilePart> existing = List.of(new FilePart("file", "new.txt", utf8(form(1, 2059))),
                new FilePart("file", "seed.txt", utf8(form(2, 2019))));
        HttpResponse<String> conflict = api().sendMultipart("/api/v1/imports", "admin", existing);
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        JsonNode duplicate = JSON.readTree(conflict.body()).path("duplicates").get(0);
        assertThat(duplicate.path("file").asString()).isEqualTo("seed.txt");
        assertThat(duplicate.path("name").asString()).isEqualTo(SeedProjects.TRAINING);

        List<FilePart> mixed = List.of(new FilePart("file", "own.txt", utf8(form(1, 2059))),
                new FilePart("file", "other.txt", utf8(form(2, 2059))));
        HttpResponse<String> refused = api().sendMultipart("/api/v1/imports?dryRun=true", "manager", mixed);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("forms").get(0).path("file").asString()).isEqualTo("other.txt");
        assertThat(projectsOf(2059)).isZero();
    }
}
