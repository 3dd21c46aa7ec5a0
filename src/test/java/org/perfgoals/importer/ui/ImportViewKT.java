package org.perfgoals.importer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.importer.format.FormFixtures;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.base.ui.NotAllowedPage;
import org.perfgoals.importer.ImportService;
import org.perfgoals.importer.UnitNotWritableException;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class ImportViewKT extends KaribuTest {

    private static final int TEST_YEAR = 2031;

    @Autowired
    private ProjectRepository projects;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private org.perfgoals.dashboard.DashboardService dashboards;
    @Autowired
    private ImportService importer;

    @AfterEach
    void removeTestProjects() {
        transaction.executeWithoutResult(status -> projects.deleteAll(
                projects.findAll().stream().filter(project -> project.getYear() == TEST_YEAR).toList()));
    }

    private static byte[] seed() {
        return SeedFile.text().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] seedForTestYear() {
        return SeedFile.forYear(TEST_YEAR);
    }

    private ImportView openAs(String user) {
        login(user);
        UI.getCurrent().navigate("import");
        return _get(ImportView.class);
    }

    private void upload(ImportView view, String name, byte[] data) {
        view.receive(name, data);
        assertThat(view.progress.isVisible()).as("progress shown while parsing").isTrue();
        view.pending.join();
        MockVaadin.clientRoundtrip(false);
        assertThat(view.progress.isVisible()).isFalse();
    }

    private List<String> messages(String listClass) {
        return _find(ListItem.class).stream()
                .filter(item -> item.getParent().map(p -> p.getClassNames().contains(listClass)).orElse(false))
                .map(ListItem::getText).toList();
    }

    @Test
    void staff_cannot_reach_the_import_view() {
        login("staff");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("import");
        UI.getCurrent().navigate("import");
        assertThat(_find(NotAllowedPage.class)).as("refused with the translated error view").hasSize(1);
        assertThat(_find(ImportView.class)).isEmpty();
    }

    @Test
    void a_file_with_errors_is_shown_and_stores_nothing() {
        ImportView view = openAs("manager");
        assertThat(view.upload.getI18n().getAddFiles().getOne()).as("the upload speaks Chinese too")
                .isEqualTo("选择文件…");
        assertThat(view.upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("只能上传文本、网页、Word、Excel 或 PDF 格式的申报表（.txt .html .docx .doc .xlsx .xls .pdf）");
        long before = projects.count();
        upload(view, "broken.txt", "上海市财政支出项目绩效目标申报表\n(2019年)\n项目总预算（元）\t七百万\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(messages("import-errors")).isNotEmpty();
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    void an_admin_previews_then_confirms_a_new_file_of_several_units() throws IOException {
        ImportView view = openAs("admin");
        long before = projects.count();
        upload(view, "forms-2031.txt", seedForTestYear());
        assertThat(_get(ImportPreview.class).forms.getListDataView().getItemCount()).isEqualTo(5);
        assertThat(messages("import-warnings")).anySatisfy(text -> assertThat(text).contains("18,372,647"));
        assertThat(projects.count()).as("nothing stored before confirming").isEqualTo(before);
        assertThat(view.confirm.isEnabled()).isTrue();
        _click(view.confirm);
        assertThat(projects.count()).isEqualTo(before + 5);
        assertThat(projects.findAll()).filteredOn(project -> project.getYear() == TEST_YEAR)
                .extracting(Project::getImportedBy).containsOnly("admin");
    }

    @Test
    void a_word_file_is_previewed_and_imported_like_its_text() {
        ImportView view = openAs("admin");
        long before = projects.count();
        byte[] docx = FormFixtures.docx(new String(seedForTestYear(), StandardCharsets.UTF_8));
        upload(view, "申报表.docx", docx);
        assertThat(_get(ImportPreview.class).forms.getListDataView().getItemCount()).isEqualTo(5);
        assertThat(messages("import-warnings")).anySatisfy(text -> assertThat(text).contains("18,372,647"));
        assertThat(projects.count()).as("nothing stored before confirming").isEqualTo(before);
        _click(view.confirm);
        assertThat(projects.count()).isEqualTo(before + 5);
    }

    @Test
    void a_renamed_program_is_refused_naming_what_it_is() {
        ImportView view = openAs("admin");
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(view, "申报表.docx", exe);
        assertThat(messages("import-errors")).anySatisfy(text -> assertThat(text).contains("程序"));
        assertThat(view.confirm.isEnabled()).isFalse();
    }

    @Test
    void a_manager_previews_then_confirms_a_form_of_the_own_unit() {
        ImportView view = openAs("manager");
        long before = projects.count();
        upload(view, "hotline-2031.txt", ownUnitForm());
        assertThat(_get(ImportPreview.class).forms.getListDataView().getItemCount()).isEqualTo(1);
        assertThat(messages("import-refused")).isEmpty();
        assertThat(view.confirm.isEnabled()).isTrue();
        _click(view.confirm);
        assertThat(projects.count()).isEqualTo(before + 1);
        assertThat(projects.findAll()).filteredOn(project -> project.getYear() == TEST_YEAR)
                .extracting(Project::getImportedBy).containsOnly("manager");
    }

    @Test
    void a_manager_uploading_another_units_form_sees_it_refused_and_cannot_confirm() {
        ImportView view = openAs("manager");
        long before = projects.count();
        byte[] mixed = (new String(ownUnitForm(), StandardCharsets.UTF_8) + "\n"
                + SeedFile.form(2).replace("2019", String.valueOf(TEST_YEAR))).getBytes(StandardCharsets.UTF_8);
        upload(view, "two-units.txt", mixed);
        assertThat(messages("import-refused")).singleElement().satisfies(text -> assertThat(text)
                .contains("申报表 2").contains(SeedProjects.TRAINING).contains("上海市就业促进中心"));
        assertThat(view.confirm.isEnabled()).as("the file cannot be imported").isFalse();
        assertThatThrownBy(() -> importer.importFile(mixed, false))
                .as("nor by going round the button").isInstanceOf(UnitNotWritableException.class);
        assertThatThrownBy(() -> importer.importFile(mixed, true)).isInstanceOf(UnitNotWritableException.class);
        assertThat(projects.count()).as("nothing stored").isEqualTo(before);
    }

    /** The seed's hotline form, of the demo manager's own unit, for the test year. */
    private static byte[] ownUnitForm() {
        return SeedFile.form(1).replace("2019", String.valueOf(TEST_YEAR)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_duplicate_file_needs_the_replace_choice() throws IOException {
        ImportView view = openAs("admin");
        upload(view, "seed.txt", seedForTestYear());
        _click(view.confirm);
        List<Long> firstIds = projects.findAll().stream().filter(p -> p.getYear() == TEST_YEAR)
                .map(Project::getId).toList();

        upload(view, "seed-again.txt", seedForTestYear());
        assertThat(view.replace.isVisible()).isTrue();
        assertThat(view.confirm.isEnabled()).as("refused until replace is chosen").isFalse();
        _setValue(view.replace, true);
        assertThat(view.confirm.isEnabled()).isTrue();
        _click(view.confirm);
        List<Long> secondIds = projects.findAll().stream().filter(p -> p.getYear() == TEST_YEAR)
                .map(Project::getId).toList();
        assertThat(secondIds).as("replaced in place: the same projects, their history kept")
                .containsExactlyInAnyOrderElementsOf(firstIds);
    }

    @Test
    void weights_loaded_before_a_replacement_are_refused_naming_the_import() {
        ImportView view = openAs("admin");
        upload(view, "seed.txt", seedForTestYear());
        _click(view.confirm);
        Project before = projects.findAll().stream().filter(p -> p.getYear() == TEST_YEAR).findFirst().orElseThrow();

        upload(view, "seed-again.txt", seedForTestYear());
        _setValue(view.replace, true);
        _click(view.confirm);

        assertThatThrownBy(() -> dashboards.changeWeights(before.getId(), WeightScheme.NATIONAL, null,
                before.getVersion()))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused ->
                        assertThat(refused.getErrors()).singleElement().satisfies(error -> {
                            assertThat(error.code()).isEqualTo("weights.staleImport");
                            assertThat(error.args().getFirst()).isEqualTo("admin");
                        }));
    }

    @Test
    void a_replacement_that_drops_an_indicator_with_values_is_refused_and_changes_nothing() throws IOException {
        ImportView view = openAs("admin");
        String dropped = new String(seed(), StandardCharsets.UTF_8).replace("\t数量目标\t综合接通率\t≥80.00%\n", "\n");
        upload(view, "without-connection-rate.txt", dropped.getBytes(StandardCharsets.UTF_8));
        _setValue(view.replace, true);
        _click(view.confirm);
        assertThat(view.status.getText()).contains("综合接通率").contains("已有季度填报数据").contains("未作替换");
        Integer hotlineIndicators = transaction.execute(status -> projects.findAll().stream()
                .filter(p -> p.getYear() == 2019 && p.getName().equals(SeedProjects.HOTLINE)).findFirst().orElseThrow()
                .getIndicators().size());
        assertThat(hotlineIndicators).as("the hotline project keeps all of its 17 indicators").isEqualTo(17);
    }
}
