package org.perfgoals.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertService;
import org.perfgoals.audit.domain.AuditFilter;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.security.token.ApiTokens;
import org.perfgoals.security.token.NewApiToken;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.unit.UnitRecord;
import org.perfgoals.importer.DuplicateProjectException;
import org.perfgoals.importer.ImportService;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.monitoring.JudgingService;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterReviewService;
import org.perfgoals.monitoring.WeightsService;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.PasswordChangeException;
import org.perfgoals.security.user.UserAccounts;
import org.perfgoals.security.user.UserAdminException;
import org.perfgoals.security.user.UserAdministration;
import org.perfgoals.security.user.UserChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audited action writes exactly one entry naming who did what to which subject, and a refused or rolled-back
 * change writes none. Each test looks only at the entries written after it began.
 */
class AuditLogTest extends SignedInTest {

    private static final String UNIT = "上海市人力资源和社会保障局咨询服务中心";

    @Autowired
    private AuditLog audit;
    @Autowired
    private AuditQueries queries;
    @Autowired
    private UserAdministration administration;
    @Autowired
    private UserAccounts accounts;
    @Autowired
    private ProjectService projects;
    @Autowired
    private WeightsService weights;
    @Autowired
    private JudgingService judging;
    @Autowired
    private QuarterReviewService review;
    @Autowired
    private QuarterEntryService entry;
    @Autowired
    private AlertService alerts;
    @Autowired
    private ImportService importer;
    @Autowired
    private UnitAdministration units;
    @Autowired
    private ApiTokens tokens;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    private long mark;

    @BeforeEach
    void markTheLog() {
        List<AuditRecord> newest = as("admin", () -> queries.list(AuditFilter.all(), 0, 1));
        mark = newest.isEmpty() ? 0 : newest.getFirst().id();
    }

    /** The entries written since the test began, oldest first; read as admin, then signed in as before. */
    private List<AuditRecord> written() {
        Authentication before = securityContexts.getContext().getAuthentication();
        List<AuditRecord> all = as("admin", () -> queries.list(AuditFilter.all(), 0, 200));
        securityContexts.getContext().setAuthentication(before);
        SecurityContextHolder.getContext().setAuthentication(before);
        return all.stream().filter(entry -> entry.id() > mark).sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList();
    }

    private AuditRecord theOneWritten() {
        List<AuditRecord> written = written();
        assertThat(written).hasSize(1);
        return written.getFirst();
    }

    private static void is(AuditRecord entry, String actor, AuditType type, String subject) {
        assertThat(entry).extracting(AuditRecord::actor, AuditRecord::type, AuditRecord::subject)
                .containsExactly(actor, type, subject);
    }

    private UserAdministration.Created created(String username) {
        loginAs("admin");
        UserAdministration.Created created = administration.create(new NewUser(username, "李明", null, UNIT,
                Set.of(Role.STAFF)));
        mark = written().getLast().id();
        return created;
    }

    @Test
    void creating_a_user_is_recorded_with_the_roles_and_unit() {
        loginAs("admin");
        administration.create(new NewUser("Li.Ming", "李明", null, UNIT, Set.of(Role.STAFF, Role.MANAGER)));

        AuditRecord entry = theOneWritten();
        is(entry, "admin", AuditType.USER_CREATED, "li.ming");
        assertThat(entry.details()).isEqualTo("{\"roles\":[\"MANAGER\",\"STAFF\"],\"unit\":\"" + UNIT + "\"}");
    }

    @Test
    void a_user_name_taken_is_refused_and_not_recorded() {
        loginAs("admin");
        assertThatThrownBy(() -> administration.create(new NewUser("staff", "又一个", null, UNIT, Set.of(Role.STAFF))))
                .isInstanceOf(UserAdminException.class);

        assertThat(written()).isEmpty();
    }

    @Test
    void each_change_of_a_user_is_one_entry() {
        long id = created("wang.fang").user().id();

        administration.change(id, new UserChange(null, Set.of(Role.MANAGER), false, null));
        is(theOneWritten(), "admin", AuditType.USER_ROLES_CHANGED, "wang.fang");
        assertThat(theOneWritten().details()).isEqualTo("{\"roles\":[\"MANAGER\"]}");
        mark = theOneWritten().id();

        administration.change(id, new UserChange(null, null, true, "上海市就业促进中心"));
        is(theOneWritten(), "admin", AuditType.USER_UNIT_CHANGED, "wang.fang");
        assertThat(theOneWritten().details()).isEqualTo("上海市就业促进中心");
        mark = theOneWritten().id();

        administration.change(id, new UserChange(false, null, false, null));
        is(theOneWritten(), "admin", AuditType.USER_DISABLED, "wang.fang");
        mark = theOneWritten().id();

        administration.change(id, new UserChange(false, null, false, null));
        assertThat(written()).as("already disabled: nothing changed, nothing recorded").isEmpty();

        administration.change(id, new UserChange(true, null, false, null));
        is(theOneWritten(), "admin", AuditType.USER_ENABLED, "wang.fang");
        mark = theOneWritten().id();

        administration.resetPassword(id);
        is(theOneWritten(), "admin", AuditType.PASSWORD_RESET, "wang.fang");
    }

    @Test
    void an_admin_disabling_themself_is_refused_and_not_recorded() {
        loginAs("admin");
        long self = accounts.find("admin").orElseThrow().id();

        assertThatThrownBy(() -> administration.change(self, new UserChange(false, Set.of(Role.LEADER), false, null)))
                .isInstanceOf(UserAdminException.class);

        assertThat(written()).as("refused before anything changed").isEmpty();
    }

    @Test
    void a_password_change_is_recorded_and_a_refused_one_is_not() {
        loginAs("manager");
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "Qz7kLm2pWx9v"))
                .isInstanceOf(PasswordChangeException.class);
        assertThat(written()).isEmpty();

        loginAs("manager");
        accounts.changeOwnPassword("demo", "Qz7kLm2pWx9v");

        is(theOneWritten(), "manager", AuditType.PASSWORD_CHANGED, "manager");
    }

    @Test
    void the_system_creating_a_user_at_start_up_is_the_actor() {
        loginAs("admin");
        SystemAuthentication.run(() -> accounts.create(new NewUser("zhao.lei", "赵磊", null,
                null, Set.of(Role.LEADER)), "Qz7kLm2pWx9v", true));

        is(theOneWritten(), AuditEntry.SYSTEM, AuditType.USER_CREATED, "zhao.lei");
    }

    @Test
    void an_import_is_one_entry_naming_its_projects_and_a_refused_one_none() {
        loginAs("admin");
        assertThatThrownBy(() -> importer.importFile(SeedFile.text().getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(DuplicateProjectException.class);
        assertThat(written()).as("refused: nothing stored, nothing recorded").isEmpty();

        loginAs("manager");
        importer.importFile(SeedFile.form(1).replace("2019", "2031").getBytes(StandardCharsets.UTF_8), false);

        AuditRecord entry = theOneWritten();
        is(entry, "manager", AuditType.IMPORT, "1 project: " + SeedProjects.HOTLINE);
        assertThat(entry.details()).startsWith("{\"created\":1,\"replaced\":0,\"ids\":[");
    }

    @Test
    void a_weights_change_is_recorded_and_a_refused_one_is_not() {
        loginAs("manager");
        long hotline = SeedProjects.hotline(projects);
        assertThatThrownBy(() -> weights.changeWeights(hotline, WeightsService.scheme("custom"),
                Map.of("产出目标", BigDecimal.valueOf(101)), null))
                .isInstanceOf(MonitoringValidationException.class);
        assertThat(written()).isEmpty();

        weights.changeWeights(hotline, WeightsService.scheme("equal"), Map.of(), null);

        AuditRecord entry = theOneWritten();
        is(entry, "manager", AuditType.WEIGHTS_CHANGED, "project #" + hotline + " " + SeedProjects.HOTLINE);
        assertThat(entry.details()).startsWith("{\"scheme\":\"equal\"");
    }

    @Test
    void a_change_of_how_an_indicator_is_judged_is_recorded() {
        loginAs("manager");
        long hotline = SeedProjects.hotline(projects);
        var indicator = entry.sheet(hotline, Period.quarter(2019, 2)).rows().stream()
                .filter(row -> row.indicator().name().equals("系统建设完成率")).findFirst().orElseThrow().indicator();

        judging.configureIndicator(indicator.id(), Accumulation.PER_PERIOD, null);

        AuditRecord written = theOneWritten();
        is(written, "manager", AuditType.JUDGING_CHANGED, "indicator #" + indicator.id() + " 系统建设完成率 · project #"
                + hotline + " " + SeedProjects.HOTLINE);
        assertThat(written.details()).isEqualTo("{\"accumulation\":\"PER_PERIOD\",\"baseline\":null}");
        judging.configureIndicator(indicator.id(), Accumulation.CUMULATIVE, null);
    }

    @Test
    void returning_submitting_and_approving_a_quarter_are_one_entry_each() {
        Period q2 = Period.quarter(2019, 2);
        loginAs("admin");
        long training = SeedProjects.id(projects, SeedProjects.TRAINING_Q);
        String subject = "project #" + training + " " + SeedProjects.TRAINING + " 2019-Q2";

        review.returnToStaff(training, q2, "请补充说明");
        AuditRecord returned = theOneWritten();
        is(returned, "admin", AuditType.REPORT_RETURNED, subject);
        assertThat(returned.details()).isEqualTo("请补充说明");
        mark = returned.id();

        review.submit(training, q2, null);
        is(theOneWritten(), "admin", AuditType.REPORT_SUBMITTED, subject);
        mark = theOneWritten().id();

        loginAs("manager");
        assertThatThrownBy(() -> review.approve(training, q2, "好")).as("another unit's project reads as missing")
                .isInstanceOf(org.perfgoals.monitoring.ProjectNotFoundException.class);
        assertThat(written()).isEmpty();

        loginAs("admin");
        review.approve(training, q2, "数据已核实");
        is(theOneWritten(), "admin", AuditType.REPORT_APPROVED, subject);
    }

    @Test
    void resolving_an_alert_is_recorded() {
        loginAs("manager");
        long hotline = SeedProjects.hotline(projects);
        AlertRecord alert = alerts.list(new AlertFilter(null, null, null, hotline, null, null, true),
                PageRequest.of(0, 1)).getFirst();

        alerts.resolve(alert.id(), "已处理");

        AuditRecord entry = theOneWritten();
        is(entry, "manager", AuditType.ALERT_RESOLVED, "alert #" + alert.id() + " · project #" + hotline + " "
                + SeedProjects.HOTLINE);
    }

    @Test
    void an_entry_recorded_in_a_transaction_that_rolls_back_is_gone_unless_recorded_alone() {
        loginAs("admin");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            administration.create(new NewUser("sun.li", "孙丽", null, UNIT, Set.of(Role.STAFF)));
            audit.recordAlone(AuditEntry.of(AuditType.LOGIN_FAILED, "sun.li").by(AuditEntry.ANONYMOUS));
            status.setRollbackOnly();
        });

        AuditRecord entry = theOneWritten();
        is(entry, AuditEntry.ANONYMOUS, AuditType.LOGIN_FAILED, "sun.li");
        assertThat(accounts.exists("sun.li")).isFalse();
    }

    @Test
    void creating_renaming_moving_and_merging_units_are_recorded() {
        loginAs("admin");
        UnitRecord top = units.create("审计测试主管部门", null);
        is(theOneWritten(), "admin", AuditType.UNIT_CREATED, "unit #" + top.id() + " 审计测试主管部门");
        mark = written().getLast().id();

        UnitRecord child = units.create("审计测试单位", null);
        mark = written().getLast().id();
        units.rename(child.id(), "审计测试单位甲");
        AuditRecord renamed = theOneWritten();
        is(renamed, "admin", AuditType.UNIT_RENAMED, "unit #" + child.id() + " 审计测试单位甲");
        assertThat(renamed.details()).isEqualTo("{\"from\":\"审计测试单位\",\"to\":\"审计测试单位甲\"}");
        mark = renamed.id();

        units.move(child.id(), top.id());
        AuditRecord moved = theOneWritten();
        is(moved, "admin", AuditType.UNIT_MOVED, "unit #" + child.id() + " 审计测试单位甲");
        assertThat(moved.details()).isEqualTo("{\"from\":null,\"to\":\"审计测试主管部门\"}");
        mark = moved.id();

        units.merge(child.id(), top.id());
        AuditRecord merged = theOneWritten();
        is(merged, "admin", AuditType.UNIT_MERGED, "unit #" + top.id() + " 审计测试主管部门");
        assertThat(merged.details()).isEqualTo("{\"merged\":\"unit #" + child.id() + " 审计测试单位甲\"}");
    }

    @Test
    void a_rename_to_the_same_name_records_nothing() {
        loginAs("admin");
        UnitRecord unit = units.create("审计测试同名单位", null);
        mark = written().getLast().id();
        units.rename(unit.id(), "审计测试同名单位（盖章）");
        assertThat(written()).isEmpty();
    }

    @Test
    void creating_and_revoking_a_token_are_recorded_for_its_owner() {
        loginAs("staff");
        NewApiToken token = tokens.create("审计测试令牌", 30L);
        AuditRecord created = theOneWritten();
        is(created, "staff", AuditType.TOKEN_CREATED, "staff");
        assertThat(created.details()).isEqualTo("{\"token\":" + token.token().id()
                + ",\"name\":\"审计测试令牌\",\"expiresInDays\":30}");
        mark = created.id();

        tokens.revoke(token.token().id());
        AuditRecord revoked = theOneWritten();
        is(revoked, "staff", AuditType.TOKEN_REVOKED, "staff");
        assertThat(revoked.details()).isEqualTo("{\"token\":" + token.token().id() + ",\"name\":\"审计测试令牌\"}");
    }

    @Test
    void texts_are_cut_to_their_columns_and_kept_on_one_line() {
        loginAs("admin");
        audit.record(AuditEntry.of(AuditType.LOGIN_FAILED, "a\nb" + "x".repeat(600), "d".repeat(3000))
                .by("evil\r\nactor"));

        AuditRecord entry = theOneWritten();
        assertThat(entry.actor()).isEqualTo("evil  actor");
        assertThat(entry.subject()).hasSize(500).startsWith("a b").endsWith("…");
        assertThat(entry.details()).hasSize(2000);
    }

    @Test
    void only_admins_read_the_log() {
        for (String user : List.of("leader", "manager", "staff")) {
            loginAs(user);
            assertThatThrownBy(() -> queries.list(AuditFilter.all(), 0, 10)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
