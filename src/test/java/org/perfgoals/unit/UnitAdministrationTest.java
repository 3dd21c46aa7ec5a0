package org.perfgoals.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.SignedInTest;
import org.perfgoals.security.UnitAccess;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The unit tree as admins change it, read back from the tables that name units. */
class UnitAdministrationTest extends SignedInTest {

    private static final String HOTLINE_UNIT = "上海市人力资源和社会保障局咨询服务中心";
    private static final String EMPLOYMENT = "上海市就业促进中心";

    @Autowired
    private UnitAdministration administration;
    @Autowired
    private UnitQueries queries;
    @Autowired
    private UnitAccess access;
    @Autowired
    private UserAccounts accounts;
    @Autowired
    private JdbcClient jdbc;

    private long id(String name) {
        return as("admin", () -> queries.tree()).stream().filter(unit -> unit.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private long count(String sql, String name) {
        return jdbc.sql(sql).param("name", name).query(Long.class).single();
    }

    private long projects(String name) {
        return count("select count(*) from project where department = :name", name);
    }

    @Test
    void theDemoTreeHasTheBureauOverTheSeedsFiveUnitsWithTheirProjectsAndUsers() {
        List<UnitRecord> tree = as("admin", () -> queries.tree());
        int at = tree.stream().map(UnitRecord::name).toList().indexOf(DemoUnits.BUREAU);
        assertThat(tree.get(at).depth()).isZero();
        assertThat(tree.get(at).projects()).isZero();
        List<UnitRecord> below = tree.stream().filter(unit -> DemoUnits.BUREAU.equals(unit.parentName())).toList();
        assertThat(below).extracting(UnitRecord::name).containsExactlyInAnyOrderElementsOf(DemoUnits.BUDGET_UNITS);
        assertThat(tree.indexOf(below.getFirst())).as("children follow their parent").isEqualTo(at + 1);
        assertThat(below).allSatisfy(unit -> {
            assertThat(unit.depth()).isEqualTo(1);
            assertThat(unit.parentName()).isEqualTo(DemoUnits.BUREAU);
            assertThat(unit.projects()).isEqualTo(1);
        });
        assertThat(tree.stream().filter(unit -> unit.name().equals(HOTLINE_UNIT)).findFirst().orElseThrow().users())
                .isEqualTo(2);
    }

    @Test
    void aRenameReachesEveryProjectAlertAndUserOfTheUnit() {
        long alerts = count("select count(*) from alert where department = :name", HOTLINE_UNIT);
        loginAs("admin");
        UnitRecord renamed = administration.rename(id(HOTLINE_UNIT), "  上海市人社局咨询中心（盖章） ");
        assertThat(renamed.name()).isEqualTo("上海市人社局咨询中心");
        assertThat(projects(HOTLINE_UNIT)).isZero();
        assertThat(projects("上海市人社局咨询中心")).isEqualTo(1);
        assertThat(count("select count(*) from alert where department = :name", "上海市人社局咨询中心"))
                .isEqualTo(alerts);
        assertThat(accounts.find("staff").orElseThrow().unit()).isEqualTo("上海市人社局咨询中心");
        administration.rename(renamed.id(), HOTLINE_UNIT);
        assertThat(projects(HOTLINE_UNIT)).as("renamed back for the other tests").isEqualTo(1);
    }

    @Test
    void aNameTakenIsRefusedAndNothingChanges() {
        loginAs("admin");
        long hotline = id(HOTLINE_UNIT);
        assertThatThrownBy(() -> administration.rename(hotline, EMPLOYMENT))
                .isInstanceOfSatisfying(UnitException.class,
                        refused -> assertThat(refused.getKind()).isEqualTo(UnitException.Kind.DUPLICATE));
        assertThatThrownBy(() -> administration.create(" " + EMPLOYMENT + "（盖章）", null))
                .isInstanceOf(UnitException.class);
        assertThat(projects(HOTLINE_UNIT)).isEqualTo(1);
    }

    @Test
    void aMoveBelowItselfIsRefusedAndAMoveToTheTopIsNot() {
        loginAs("admin");
        long bureau = id(DemoUnits.BUREAU);
        long hotline = id(HOTLINE_UNIT);
        assertThatThrownBy(() -> administration.move(bureau, hotline))
                .isInstanceOfSatisfying(UnitException.class,
                        refused -> assertThat(refused.getKind()).isEqualTo(UnitException.Kind.CYCLE));
        assertThat(administration.move(hotline, null).parentId()).isNull();
        UnitRecord branch = administration.create("上海市人社局咨询中心分部", hotline);
        assertThat(branch.parentName()).isEqualTo(HOTLINE_UNIT);
        assertThat(administration.move(hotline, bureau).parentId()).isEqualTo(bureau);
        assertThat(queries.get(branch.id()).depth()).isEqualTo(2);
    }

    @Test
    void aMergeMovesProjectsUsersAndChildrenToTheUnitThatStaysAndDeletesTheOtherSpelling() {
        loginAs("admin");
        long bureau = id(DemoUnits.BUREAU);
        UnitRecord typo = administration.create("上海市就业促进中心。", bureau);
        administration.create("就业促进中心分部", typo.id());
        accounts.createEncoded(new NewUser("typo.staff", "录入员", null, typo.name(),
                java.util.Set.of(org.perfgoals.security.Role.STAFF)), "{noop}x", false);
        long employment = id(EMPLOYMENT);

        UnitRecord kept = administration.merge(typo.id(), employment);

        assertThat(kept.users()).isEqualTo(1);
        assertThat(accounts.find("typo.staff").orElseThrow().unit()).isEqualTo(EMPLOYMENT);
        assertThat(queries.tree()).extracting(UnitRecord::name).doesNotContain(typo.name());
        assertThat(queries.get(id("就业促进中心分部")).parentName()).isEqualTo(EMPLOYMENT);
        assertThat(projects(EMPLOYMENT)).isEqualTo(1);
    }

    @Test
    void aMergeThatWouldMakeTwoProjectsOneIsRefusedWithNothingMoved() {
        loginAs("admin");
        long other = administration.create("上海市就业促进中心（旧称）", null).id();
        jdbc.sql("""
                insert into project (version, project_year, department, name, imported_by, imported_at)
                select 0, project_year, '上海市就业促进中心（旧称）', name, 'test', imported_at from project
                where department = :name""").param("name", EMPLOYMENT).update();
        assertThatThrownBy(() -> administration.merge(other, id(EMPLOYMENT)))
                .isInstanceOfSatisfying(UnitException.class,
                        refused -> assertThat(refused.getKind()).isEqualTo(UnitException.Kind.MERGE_CLASH));
        assertThat(projects("上海市就业促进中心（旧称）")).isEqualTo(1);
        assertThat(projects(EMPLOYMENT)).isEqualTo(1);
    }

    @Test
    void onlyAdminsChangeTheTree() {
        for (String user : List.of("manager", "staff", "leader")) {
            loginAs(user);
            assertThatThrownBy(() -> administration.create("某单位", null)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aManagerOfTheBureauReviewsItsUnitsButEntersOnlyItsOwn() {
        loginAs("admin");
        accounts.createEncoded(new NewUser("bureau.manager", "主管部门管理员", null, DemoUnits.BUREAU,
                java.util.Set.of(org.perfgoals.security.Role.MANAGER)), "{noop}x", false);
        loginAs("bureau.manager");
        assertThat(access.canReview(HOTLINE_UNIT)).isTrue();
        assertThat(access.canReview(DemoUnits.BUREAU)).isTrue();
        assertThat(access.canWrite(HOTLINE_UNIT)).isFalse();
        assertThat(access.canWrite(DemoUnits.BUREAU)).isTrue();
        loginAs("manager");
        assertThat(access.canReview(HOTLINE_UNIT)).isTrue();
        assertThat(access.canReview(DemoUnits.BUREAU)).isFalse();
        assertThat(access.canReview(EMPLOYMENT)).isFalse();
    }
}
