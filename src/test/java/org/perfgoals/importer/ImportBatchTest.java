package org.perfgoals.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.audit.AuditQueries;
import org.perfgoals.audit.AuditRecord;
import org.perfgoals.audit.domain.AuditFilter;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.BatchRefusal;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.format.FormFixtures;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several files, or a zip, imported at once: every file read as a single import reads it, all stored in one
 * transaction or nothing, a project repeated across files an error naming the other file, and the limits refused
 * before any form is read, naming the file. Each test uses a year of its own.
 */
class ImportBatchTest extends SignedInTest {

    @Autowired
    private ImportService importer;
    @Autowired
    private BatchReader reader;
    @Autowired
    private ProjectRepository projects;
    @Autowired
    private AuditQueries audit;

    /** The seed's form {@code number} (1 hotline … 5) for {@code year}. */
    private static String form(int number, int year) {
        return SeedFile.form(number).replace("2019", String.valueOf(year));
    }

    private static BatchFile text(String name, String text) {
        return new BatchFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private long stored(int year) {
        return projects.findAll().stream().filter(project -> project.getYear() == year).count();
    }

    /** A .docx, an .xlsx and a zip holding a .txt in a folder, a .pdf and the junk a Mac adds. */
    private List<BatchFile> fourFormsInThreeUploads(int year) {
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put("2033/", new byte[0]);
        zip.put("2033/三.txt", form(3, year).getBytes(StandardCharsets.UTF_8));
        zip.put("2033/四.pdf", FormFixtures.pdf(form(4, year)));
        zip.put("__MACOSX/2033/._三.txt", new byte[] {0, 5, 22, 7});
        zip.put("2033/.DS_Store", new byte[] {0, 0, 0, 1});
        return List.of(new BatchFile("一.docx", FormFixtures.docx(form(1, year))),
                new BatchFile("二.xlsx", FormFixtures.xlsx(form(2, year))),
                new BatchFile("forms.zip", FormFixtures.zip(zip)));
    }

    @Test
    void two_formats_and_a_zip_are_previewed_file_by_file_and_stored_together() {
        loginAs("admin");
        List<ParsedFile> files = reader.read(fourFormsInThreeUploads(2033));
        BatchResult preview = importer.previewBatch(files, null);
        assertThat(preview.files()).extracting(ImportedFile::name)
                .containsExactly("一.docx", "二.xlsx", "forms.zip/2033/三.txt", "forms.zip/2033/四.pdf");
        assertThat(preview.files()).allSatisfy(file -> {
            assertThat(file.isValid()).as(file.name() + " " + file.result().errors()).isTrue();
            assertThat(file.result().projects()).hasSize(1);
        });
        assertThat(preview.files().getFirst().result().projects().getFirst().getName())
                .isEqualTo(SeedProjects.HOTLINE);
        assertThat(preview.total().dryRun()).isTrue();
        assertThat(stored(2033)).as("a preview stores nothing").isZero();

        BatchResult result = importer.importBatch(files, false, null);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.total().projects()).hasSize(4).allSatisfy(project -> assertThat(project.getId()).isNotNull());
        assertThat(result.files().get(1).result().projects()).extracting(Project::getName)
                .containsExactly(SeedProjects.TRAINING);
        assertThat(stored(2033)).isEqualTo(4);

        AuditRecord entry = as("admin", () -> audit.list(new AuditFilter(AuditType.IMPORT, null, null, null, null),
                0, 1)).getFirst();
        assertThat(entry.details()).as("one entry for the batch, naming its files")
                .startsWith("{\"created\":4,\"replaced\":0,\"ids\":[")
                .endsWith(",\"files\":[\"一.docx\",\"二.xlsx\",\"forms.zip/2033/三.txt\",\"forms.zip/2033/四.pdf\"]}");
    }

    @Test
    void one_file_with_an_error_stores_nothing_of_the_batch_and_names_the_file() {
        loginAs("admin");
        List<ParsedFile> files = reader.read(List.of(text("good.txt", form(1, 2034)),
                text("broken.txt", form(2, 2034).replace("3511500\t项目当年", "三百五十万\t项目当年")),
                text("also-good.txt", form(3, 2034))));
        BatchResult result = importer.importBatch(files, false, null);
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.files()).extracting(ImportedFile::isValid).containsExactly(true, false, true);
        assertThat(result.files().get(1).result().errors()).isNotEmpty();
        assertThat(result.total().projects()).as("nothing stored").isEmpty();
        assertThat(stored(2034)).isZero();
    }

    @Test
    void a_project_in_two_files_is_an_error_naming_the_first_file_and_nothing_is_stored() {
        loginAs("admin");
        List<ParsedFile> files = reader.read(List.of(text("a.txt", form(1, 2035) + form(2, 2035)),
                new BatchFile("b.docx", FormFixtures.docx(form(2, 2035)))));
        BatchResult preview = importer.previewBatch(files, null);
        assertThat(preview.files().get(0).isValid()).isTrue();
        assertThat(preview.files().get(1).result().errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("batch.duplicateInBatch");
            assertThat(error.args()).containsExactly("a.txt", "2");
            assertThat(error.projectName()).isEqualTo(SeedProjects.TRAINING);
        });
        assertThat(importer.importBatch(files, false, null).hasErrors()).isTrue();
        assertThat(stored(2035)).isZero();
    }

    @Test
    void a_project_that_exists_refuses_the_whole_batch_unless_replace_is_asked() {
        loginAs("admin");
        List<ParsedFile> files = reader.read(List.of(text("new.txt", form(1, 2036)), text("seed.txt", form(2, 2019))));
        assertThatThrownBy(() -> importer.importBatch(files, false, null))
                .isInstanceOfSatisfying(DuplicateProjectException.class, duplicate ->
                        assertThat(duplicate.getDuplicates()).extracting(form -> form.name())
                                .containsExactly(SeedProjects.TRAINING));
        assertThat(stored(2036)).isZero();
        BatchResult replaced = importer.importBatch(files, true, null);
        assertThat(replaced.files().get(1).result().duplicates()).hasSize(1);
        assertThat(stored(2036)).isEqualTo(1);
    }

    @Test
    void a_manager_cannot_slip_another_units_form_into_a_batch() {
        loginAs("manager");
        List<ParsedFile> files = reader.read(List.of(text("own.txt", form(1, 2037)), text("other.txt", form(2, 2037))));
        BatchResult preview = importer.previewBatch(files, null);
        assertThat(preview.files()).extracting(ImportedFile::isValid).containsExactly(true, false);
        assertThat(preview.files().get(1).result().refusedUnits()).hasSize(1);
        assertThatThrownBy(() -> importer.importBatch(files, false, null))
                .isInstanceOf(UnitNotWritableException.class);
        assertThat(stored(2037)).isZero();
    }

    @Test
    void a_new_unit_named_in_two_files_is_created_once_and_reported() {
        loginAs("admin");
        String unit = "申报单位名称：上海市就业促进中心";
        List<ParsedFile> files = reader.read(List.of(text("a.txt", form(2, 2038).replace(unit, "申报单位名称：批量新中心")),
                text("b.txt", form(3, 2038).replaceAll("申报单位名称：.*", "申报单位名称：批量新中心"))));
        BatchResult preview = importer.previewBatch(files, null);
        assertThat(preview.total().newUnits()).containsExactly("批量新中心");
        assertThat(preview.files()).allSatisfy(file -> assertThat(file.result().newUnits()).containsExactly("批量新中心"));
        BatchResult stored = importer.importBatch(files, false, null);
        assertThat(stored.total().newUnits()).containsExactly("批量新中心");
        assertThat(stored(2038)).isEqualTo(2);
    }

    @Test
    void a_zip_bomb_is_refused_naming_the_entry_and_nothing_is_read() {
        loginAs("admin");
        byte[] bomb = FormFixtures.zipOfZeros("forms/zeros.txt", 512L * 1024 * 1024);
        assertThatThrownBy(() -> reader.read(List.of(text("a.txt", form(1, 2039)), new BatchFile("bomb.zip", bomb))))
                .isInstanceOfSatisfying(BatchRefusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("fileTooLarge");
                    assertThat(refusal.file()).isEqualTo("bomb.zip/forms/zeros.txt");
                });
    }

    @Test
    void more_files_than_a_batch_may_hold_are_refused_naming_the_first_one_too_many() {
        loginAs("admin");
        List<BatchFile> uploads = new ArrayList<>();
        for (int i = 1; i <= 501; i++) {
            uploads.add(text("f" + i + ".txt", "x"));
        }
        assertThatThrownBy(() -> reader.read(uploads)).isInstanceOfSatisfying(BatchRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("tooManyFiles");
            assertThat(refusal.messageArgs()).containsExactly("f501.txt", "500");
            assertThat(refusal.tooLarge()).isTrue();
        });
        // The service checks the limits itself too, however the files were read.
        List<ParsedFile> parsed = uploads.stream().map(ParsedFile::read).toList();
        assertThatThrownBy(() -> importer.importBatch(parsed, false, null)).isInstanceOf(BatchRefusal.class);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_naming_it() {
        loginAs("admin");
        assertThatThrownBy(() -> reader.read(List.of(text("a.txt", form(1, 2040)),
                new BatchFile("大.xlsx", new byte[ImportLimits.MAX_FILE_BYTES + 1]))))
                .isInstanceOfSatisfying(BatchRefusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("fileTooLarge");
                    assertThat(refusal.messageArgs()).containsExactly("大.xlsx", "10");
                });
        assertThat(stored(2040)).isZero();
    }

    @Test
    void a_single_file_import_answers_as_before() {
        loginAs("admin");
        ImportResult result = importer.importFile(form(1, 2041).getBytes(StandardCharsets.UTF_8), false);
        assertThat(result.projects()).extracting(Project::getName).containsExactly(SeedProjects.HOTLINE);
        assertThat(result.warnings()).extracting(ImportIssue::formNumber).containsOnly(1);
    }
}
