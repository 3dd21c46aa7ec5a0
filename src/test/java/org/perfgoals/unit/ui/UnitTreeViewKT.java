package org.perfgoals.unit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.unit.UnitQueries;
import org.perfgoals.unit.UnitRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The unit tree page: each dialog's refusals show on the field they concern, and nothing changes with them. */
class UnitTreeViewKT extends KaribuTest {

    private static final String BUREAU = "上海市人力资源和社会保障局";
    private static final String EMPLOYMENT = "上海市就业促进中心";
    private static final String TALENT = "上海市人才服务中心";
    private static final String HOTLINE = "上海市人力资源和社会保障局咨询服务中心";

    @Autowired
    private UnitQueries queries;
    @Autowired
    private UnitAdministration administration;
    @Autowired
    private JdbcClient jdbc;

    private UnitTreeView open() {
        login("admin");
        UI.getCurrent().navigate("admin/units");
        return _get(UnitTreeView.class);
    }

    private UnitRecord unit(String name) {
        return queries.tree().stream().filter(unit -> unit.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> options(ComboBox<UnitRecord> picker) {
        return picker.getGenericDataView().getItems().map(UnitRecord::name).toList();
    }

    private static <T> T dialog(UnitTreeView view, Class<T> type) {
        assertThat(view.dialog.current()).as("the dialog is open").isInstanceOf(type);
        return type.cast(view.dialog.current());
    }

    @Test
    void the_tree_shows_every_unit_under_its_parent_with_its_projects_and_users() {
        UnitTreeView view = open();
        UnitRecord bureau = view.grid.getTreeData().getRootItems().stream()
                .filter(unit -> unit.name().equals(BUREAU)).findFirst().orElseThrow();
        assertThat(view.grid.getTreeData().getChildren(bureau)).extracting(UnitRecord::name)
                .contains(EMPLOYMENT, TALENT, HOTLINE).hasSize(5);
        UnitRecord hotline = view.grid.getTreeData().getChildren(bureau).stream()
                .filter(unit -> unit.name().equals(HOTLINE)).findFirst().orElseThrow();
        assertThat(hotline.projects()).isEqualTo(1);
        assertThat(hotline.users()).as("the demo manager and staff").isEqualTo(2);
        assertThat(view.grid.isExpanded(bureau)).isTrue();
    }

    @Test
    void a_new_unit_goes_under_the_parent_picked_and_a_name_taken_is_refused_on_the_name_field() {
        UnitTreeView view = open();
        _click(view.create);
        CreateUnitDialog create = dialog(view, CreateUnitDialog.class);
        _setValue(create.name, EMPLOYMENT);
        _click(create.save);
        assertThat(create.name.isInvalid()).isTrue();
        assertThat(create.name.getErrorMessage()).isEqualTo("已有名为“上海市就业促进中心”的单位；同一单位的两种写法请合并。");
        assertThat(create.isOpened()).isTrue();
        _setValue(create.name, "上海市就业促进中心浦东分部");
        assertThat(create.name.isInvalid()).as("another name is not the one refused").isFalse();
        _setValue(create.parent, unit(EMPLOYMENT));
        _click(create.save);
        assertThat(create.isOpened()).isFalse();
        assertThat(unit("上海市就业促进中心浦东分部").parentName()).isEqualTo(EMPLOYMENT);
        assertThat(view.grid.getTreeData().getChildren(unit(EMPLOYMENT))).extracting(UnitRecord::name)
                .containsExactly("上海市就业促进中心浦东分部");
    }

    @Test
    void a_blank_or_stamped_name_is_refused_before_or_by_the_service() {
        UnitTreeView view = open();
        _click(view.create);
        CreateUnitDialog create = dialog(view, CreateUnitDialog.class);
        _click(create.save);
        assertThat(create.name.getErrorMessage()).isEqualTo("必填。");
        _setValue(create.name, "   ");
        _click(create.save);
        assertThat(create.name.isInvalid()).isTrue();
        assertThat(create.name.getErrorMessage()).isEqualTo("必填。");
        assertThat(create.isOpened()).isTrue();
    }

    @Test
    void a_unit_is_not_offered_a_place_below_itself_and_a_move_that_became_one_is_refused_on_the_parent() {
        UnitTreeView view = open();
        view.move(unit(BUREAU));
        MoveUnitDialog bureau = dialog(view, MoveUnitDialog.class);
        assertThat(options(bureau.parent)).doesNotContain(BUREAU, EMPLOYMENT, TALENT, HOTLINE);
        _click(bureau.cancel);

        view.move(unit(EMPLOYMENT));
        MoveUnitDialog move = dialog(view, MoveUnitDialog.class);
        assertThat(move.parent.getValue().name()).as("its parent now").isEqualTo(BUREAU);
        _setValue(move.parent, unit(TALENT));
        // Meanwhile another admin puts the talent centre below the employment centre.
        administration.move(unit(TALENT).id(), unit(EMPLOYMENT).id());
        _click(move.save);
        assertThat(move.parent.isInvalid()).isTrue();
        assertThat(move.parent.getErrorMessage()).isEqualTo("不能把“上海市就业促进中心”移到它自己或它的下级单位之下。");
        assertThat(move.isOpened()).isTrue();
        assertThat(unit(EMPLOYMENT).parentName()).isEqualTo(BUREAU);
        _setValue(move.parent, null);
        _click(move.save);
        assertThat(unit(EMPLOYMENT).parentId()).as("at the top").isNull();
        administration.move(unit(EMPLOYMENT).id(), unit(BUREAU).id());
        administration.move(unit(TALENT).id(), unit(BUREAU).id());
    }

    @Test
    void a_rename_is_refused_on_its_name_field_for_a_name_taken_and_done_otherwise() {
        UnitTreeView view = open();
        UnitRecord spare = administration.create("上海市人社局待改名单位", null);
        view.rename(spare);
        RenameUnitDialog rename = dialog(view, RenameUnitDialog.class);
        assertThat(rename.name.getValue()).isEqualTo("上海市人社局待改名单位");
        _setValue(rename.name, TALENT);
        _click(rename.save);
        assertThat(rename.name.getErrorMessage()).isEqualTo("已有名为“上海市人才服务中心”的单位；同一单位的两种写法请合并。");
        _setValue(rename.name, "上海市人社局已改名单位（盖章）");
        _click(rename.save);
        assertThat(rename.isOpened()).isFalse();
        assertThat(queries.get(spare.id()).name()).as("without the stamp").isEqualTo("上海市人社局已改名单位");
    }

    @Test
    void the_merge_names_what_moves_and_a_clash_of_projects_is_refused_on_the_unit_that_stays() {
        UnitTreeView view = open();
        UnitRecord older = administration.create("上海市就业促进中心（旧称）", null);
        jdbc.sql("""
                insert into project (version, project_year, department, name, imported_by, imported_at)
                select 0, project_year, '上海市就业促进中心（旧称）', name, 'test', imported_at from project
                where department = :name""").param("name", EMPLOYMENT).update();
        view.merge(unit(older.name()));
        MergeUnitDialog merge = dialog(view, MergeUnitDialog.class);
        _click(merge.save);
        assertThat(merge.into.getErrorMessage()).as("a unit must be picked").isEqualTo("必填。");
        _setValue(merge.into, unit(EMPLOYMENT));
        assertThat(merge.consequence.getText()).isEqualTo("“上海市就业促进中心（旧称）”的 1 个项目、0 名用户和 0 个下级单位将移到"
                + "“上海市就业促进中心”，随后删除“上海市就业促进中心（旧称）”。此操作不可撤销。");
        _click(merge.save);
        assertThat(merge.into.isInvalid()).isTrue();
        assertThat(merge.into.getErrorMessage()).isEqualTo("两个单位有同年同名的项目，不能合并："
                + "2019 " + SeedProjects.TRAINING);
        assertThat(merge.isOpened()).isTrue();
        assertThat(unit(older.name()).projects()).as("nothing moved").isEqualTo(1);
    }

    @Test
    void a_merge_moves_projects_and_users_and_the_tree_shows_the_unit_that_stays() {
        UnitTreeView view = open();
        UnitRecord typo = administration.create("上海市人才服务中心。", unit(BUREAU).id());
        view.merge(typo);
        MergeUnitDialog merge = dialog(view, MergeUnitDialog.class);
        assertThat(options(merge.into)).doesNotContain(typo.name()).contains(TALENT);
        _setValue(merge.into, unit(TALENT));
        assertThat(merge.consequence.getText()).startsWith("“上海市人才服务中心。”的 0 个项目、0 名用户和 0 个下级单位");
        _click(merge.save);
        assertThat(merge.isOpened()).isFalse();
        assertThat(queries.tree()).extracting(UnitRecord::name).doesNotContain(typo.name());
        assertThat(view.grid.getTreeData().getChildren(unit(BUREAU))).extracting(UnitRecord::name)
                .doesNotContain(typo.name()).contains(TALENT);
    }
}
