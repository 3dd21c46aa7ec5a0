package org.perfgoals.importer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedFile;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.unit.UnitQueries;
import org.perfgoals.unit.UnitRecord;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import whose form names a unit that does not exist yet: the preview says which units it creates and where,
 * the importer picks the parent (an admin any unit or the top, a manager their own unit or one below it), and the
 * unit is created there.
 */
class ImportNewUnitsKT extends KaribuTest {

    private static final String BUREAU = "上海市人力资源和社会保障局";
    private static final String OWN_UNIT = "上海市人力资源和社会保障局咨询服务中心";

    @Autowired
    private UnitQueries units;

    /** The hotline form (the manager's unit's) of another year, declared by a unit of the given new name. */
    private static byte[] formOf(String unit, int year) {
        String form = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(SeedFile::form)
                .filter(text -> text.contains(OWN_UNIT)).findFirst().orElseThrow();
        return form.replace(OWN_UNIT, unit).replace("2019", String.valueOf(year)).getBytes(StandardCharsets.UTF_8);
    }

    private ImportView open(String user) {
        login(user);
        UI.getCurrent().navigate("import");
        return _get(ImportView.class);
    }

    private static void upload(ImportView view, byte[] file) {
        view.receive("新单位.txt", file);
        view.pending.join();
        MockVaadin.clientRoundtrip(false);
    }

    private UnitRecord unit(String name) {
        return SystemAuthentication.call(() -> units.tree()).stream().filter(unit -> unit.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void anAdminSeesTheNewUnitAtTheTopAndPlacesItUnderTheBureau() {
        ImportView view = open("admin");
        assertThat(view.newUnitsParent.isVisible()).as("nothing to place yet").isFalse();
        upload(view, formOf("新建单位测试中心", 2071));

        assertThat(view.newUnits.isVisible()).isTrue();
        assertThat(view.newUnits.getText()).isEqualTo("本次导入将新建单位：新建单位测试中心，上级单位：顶层（由管理员稍后调整）");
        assertThat(view.newUnitsParent.isVisible()).isTrue();
        assertThat(view.newUnitsParent.getValue()).as("an admin's default is the top").isNull();

        UnitRecord bureau = unit(BUREAU);
        view.newUnitsParent.setValue(bureau);
        // As the browser sends it: a change from the client previews again.
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.newUnitsParent,
                new com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent<>(view.newUnitsParent,
                        view.newUnitsParent, null, true));
        assertThat(view.newUnits.getText()).isEqualTo("本次导入将新建单位：新建单位测试中心，上级单位：" + BUREAU);
        _click(view.confirm);

        UnitRecord created = unit("新建单位测试中心");
        assertThat(created.parentName()).isEqualTo(BUREAU);
        assertThat(created.projects()).isEqualTo(1);
    }

    @Test
    void aManagerPlacesNewUnitsUnderTheirOwnUnitOnly() {
        ImportView view = open("manager");
        List<String> offered = view.newUnitsParent.getListDataView().getItems().map(UnitRecord::name).toList();
        assertThat(offered).as("the manager's unit has no units below it").containsExactly(OWN_UNIT);
        assertThat(view.newUnitsParent.getValue().name()).isEqualTo(OWN_UNIT);

        upload(view, formOf("咨询服务中心第二分部", 2072));
        assertThat(view.newUnits.getText()).isEqualTo("本次导入将新建单位：咨询服务中心第二分部，上级单位：" + OWN_UNIT);
        _click(view.confirm);

        assertThat(unit("咨询服务中心第二分部").parentName()).isEqualTo(OWN_UNIT);
    }
}
