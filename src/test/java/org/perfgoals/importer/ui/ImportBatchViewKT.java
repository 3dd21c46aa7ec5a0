package org.perfgoals.importer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedFile;
import org.perfgoals.importer.domain.ImportLimits;
import org.perfgoals.importer.format.FormFixtures;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** The import view takes several files and zips at once, reads each with its own progress, imports all or none. */
class ImportBatchViewKT extends KaribuTest {

    @Autowired
    private ProjectRepository projects;

    private static String form(int number, int year) {
        return SeedFile.form(number).replace("2019", String.valueOf(year));
    }

    private long stored(int year) {
        return projects.findAll().stream().filter(project -> project.getYear() == year).count();
    }

    private ImportView open() {
        login("admin");
        UI.getCurrent().navigate("import");
        return _get(ImportView.class);
    }

    /** The uploads arrive one after the other, as the browser sends them; the view reads each in the background. */
    private void uploadAll(ImportView view, Map<String, byte[]> files) {
        files.forEach(view::receive);
        assertThat(UI.getCurrent().getPollInterval()).as("the page polls while reading").isEqualTo(500);
        assertThat(_find(UploadRow.class)).as("a row with its progress bar each").hasSize(files.size());
        view.pending.join();
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(UploadRow.class)).allSatisfy(row -> {
            assertThat(row.progress.isIndeterminate()).isFalse();
            assertThat(row.progress.getValue()).isEqualTo(1.0);
        });
        assertThat(UI.getCurrent().getPollInterval()).as("and stops when done").isEqualTo(-1);
        assertThat(view.progress.isVisible()).isFalse();
    }

    private static Map<String, byte[]> threeFormatsAndAZip(int year) {
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put("申报/四.xlsx", FormFixtures.xlsx(form(4, year)));
        zip.put("申报/五.pdf", FormFixtures.pdf(form(5, year)));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("一.txt", form(1, year).getBytes(StandardCharsets.UTF_8));
        files.put("二.docx", FormFixtures.docx(form(2, year)));
        files.put("三.pdf", FormFixtures.pdf(form(3, year)));
        files.put("更多.zip", FormFixtures.zip(zip));
        return files;
    }

    @Test
    void the_upload_takes_many_files_within_the_configured_limits() {
        ImportView view = open();
        assertThat(view.upload.getMaxFiles()).isEqualTo(500);
        assertThat(view.upload.getMaxFileSize()).isEqualTo(ImportLimits.MAX_FILE_BYTES);
        assertThat(view.upload.getAcceptedFileTypes()).contains(".zip", "application/zip");
    }

    @Test
    void three_formats_and_a_zip_are_previewed_file_by_file_and_imported_at_once() {
        ImportView view = open();
        uploadAll(view, threeFormatsAndAZip(2061));
        assertThat(_find(UploadRow.class)).extracting(row -> row.state.getText())
                .containsExactly("已读取：1 个文件", "已读取：1 个文件", "已读取：1 个文件", "已读取：2 个文件");
        assertThat(_find(FilePreview.class)).extracting(file -> file.title.getText()).containsExactly(
                "一.txt：1 张申报表，2 条警告，0 个错误", "二.docx：1 张申报表，1 条警告，0 个错误",
                "三.pdf：1 张申报表，3 条警告，0 个错误", "更多.zip/申报/四.xlsx：1 张申报表，7 条警告，0 个错误",
                "更多.zip/申报/五.pdf：1 张申报表，0 条警告，0 个错误");
        assertThat(view.status.getText()).startsWith("5 个文件：5 张申报表");
        assertThat(stored(2061)).as("nothing stored before confirming").isZero();
        assertThat(view.confirm.isEnabled()).isTrue();
        _click(view.confirm);
        assertThat(stored(2061)).isEqualTo(5);
        assertThat(view.status.getText()).isEqualTo("已从 5 个文件导入 5 个项目。");
        assertThat(_find(FilePreview.class)).as("a new batch starts").isEmpty();
    }

    @Test
    void one_file_with_an_error_keeps_the_whole_batch_from_being_imported() {
        ImportView view = open();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("good.txt", form(1, 2062).getBytes(StandardCharsets.UTF_8));
        files.put("broken.txt", form(2, 2062).replace("3511500\t项目当年", "三百万\t项目当年")
                .getBytes(StandardCharsets.UTF_8));
        uploadAll(view, files);
        assertThat(_find(FilePreview.class)).extracting(file -> file.getClassNames().contains("import-file-valid"))
                .containsExactly(true, false);
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(stored(2062)).isZero();
    }

    @Test
    void a_zip_bomb_is_refused_on_its_row_naming_the_entry() {
        ImportView view = open();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("good.txt", form(1, 2063).getBytes(StandardCharsets.UTF_8));
        files.put("bomb.zip", FormFixtures.zipOfZeros("zeros.txt", 64L * 1024 * 1024));
        uploadAll(view, files);
        assertThat(_find(UploadRow.class).get(1).state.getText())
                .isEqualTo("bomb.zip/zeros.txt：文件超过 10 MB，整批未导入");
        assertThat(view.status.getText()).isEqualTo("bomb.zip/zeros.txt：文件超过 10 MB，整批未导入");
        assertThat(view.confirm.isEnabled()).isFalse();
        _click(view.cancel);
        assertThat(_find(UploadRow.class)).as("cancel starts again").isEmpty();
        assertThat(stored(2063)).isZero();
    }
}
