package org.perfgoals.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.SignedInTest;
import org.perfgoals.unit.UnitException;
import org.perfgoals.unit.UnitQueries;
import org.perfgoals.unit.UnitRecord;
import org.springframework.beans.factory.annotation.Autowired;

/** A form whose 申报单位 is no unit yet creates it where the importer says, and the preview says so first. */
class ImportNewUnitsTest extends SignedInTest {

    private static final String EMPLOYMENT = "申报单位名称：上海市就业促进中心";
    private static final String HOTLINE_UNIT = "上海市人力资源和社会保障局咨询服务中心";

    @Autowired
    private ImportService importer;
    @Autowired
    private UnitQueries units;

    private static byte[] formOf(String unit) {
        return SeedFile.form(2).replace(EMPLOYMENT, "申报单位名称：" + unit).getBytes(StandardCharsets.UTF_8);
    }

    private UnitRecord unit(String name) {
        return as("admin", () -> units.tree()).stream().filter(unit -> unit.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private boolean exists(String name) {
        return as("admin", () -> units.tree()).stream().anyMatch(unit -> unit.name().equals(name));
    }

    @Test
    void anAdminsNewUnitIsNamedByThePreviewAndCreatedAtTheTopByTheImport() {
        loginAs("admin");
        ImportResult preview = importer.preview(formOf("上海市新成立中心（盖章）"));
        assertThat(preview.newUnits()).containsExactly("上海市新成立中心");
        assertThat(preview.newUnitsParent()).isNull();
        assertThat(exists("上海市新成立中心")).as("a preview stores nothing").isFalse();

        ImportResult stored = importer.importFile(formOf("上海市新成立中心（盖章）"), false);
        assertThat(stored.projects()).singleElement()
                .satisfies(project -> assertThat(project.getUnit()).isEqualTo("上海市新成立中心"));
        assertThat(unit("上海市新成立中心").parentId()).isNull();
        assertThat(unit("上海市新成立中心").projects()).isEqualTo(1);
    }

    @Test
    void theImporterMayPickTheParent() {
        loginAs("admin");
        long bureau = unit("上海市人力资源和社会保障局").id();
        ImportResult preview = importer.preview(formOf("上海市另一新成立中心"), bureau);
        assertThat(preview.newUnitsParent()).isEqualTo("上海市人力资源和社会保障局");
        importer.importFile(formOf("上海市另一新成立中心"), false, bureau);
        assertThat(unit("上海市另一新成立中心").parentName()).isEqualTo("上海市人力资源和社会保障局");
        assertThatThrownBy(() -> importer.preview(formOf("又一个中心"), 999_999L))
                .isInstanceOfSatisfying(UnitException.class,
                        refused -> assertThat(refused.getField()).isEqualTo(UnitException.Field.IMPORT_PARENT));
    }

    @Test
    void aManagersNewUnitGoesBelowTheManagersOwnUnit() {
        loginAs("manager");
        ImportResult preview = importer.preview(formOf("咨询服务中心第二分部"));
        assertThat(preview.isRefused()).isFalse();
        assertThat(preview.newUnitsParent()).isEqualTo(HOTLINE_UNIT);
        importer.importFile(formOf("咨询服务中心第二分部"), false);
        assertThat(unit("咨询服务中心第二分部").parentName()).isEqualTo(HOTLINE_UNIT);
    }

    @Test
    void aManagerCannotImportForAStoredUnitOutsideTheirsNorPlaceANewOneThere() {
        loginAs("manager");
        byte[] otherUnit = SeedFile.forYear(2020);
        assertThatThrownBy(() -> importer.importFile(otherUnit, false)).isInstanceOf(UnitNotWritableException.class);
        long bureau = as("admin", () -> unit("上海市人力资源和社会保障局").id());
        loginAs("manager");
        ImportResult placedAbove = importer.preview(formOf("别处的新中心"), bureau);
        assertThat(placedAbove.isRefused()).isTrue();
        assertThat(exists("别处的新中心")).isFalse();
    }
}
