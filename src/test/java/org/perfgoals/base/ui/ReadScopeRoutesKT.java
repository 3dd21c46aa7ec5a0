package org.perfgoals.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuSupport;
import org.perfgoals.KaribuTest;
import org.perfgoals.OtherUnit;
import org.perfgoals.SeedProjects;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.ui.LoginView;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every Vaadin route × every role and anonymous, generated from the routes the application registers: a route
 * without an expectation here fails the first test. A route with a project opens with another unit's project (for
 * a unit's staff and managers: 上海市就业促进中心's for the demo users, the demo unit's for that unit's users) and
 * must then say "not found" and show nothing of it; a list shows none of another unit's rows, options or names.
 */
class ReadScopeRoutesKT extends KaribuTest {

    private static final String ANONYMOUS = "(anonymous)";
    private static final List<String> USERS = List.of(ANONYMOUS, "staff", "manager", "leader", "admin",
            OtherUnit.STAFF, OtherUnit.MANAGER);
    private static final String PROJECT_NOT_FOUND = "找不到该项目。";

    /** What a user sees at a route. */
    private enum Outcome {
        /** The route's own view. */
        VIEW,
        /** Sent to the login (anonymous visitors). */
        LOGIN,
        /** The error view saying the project does not exist. */
        NOT_FOUND,
        /** Any other error view: the role may not open the route. */
        REFUSED
    }

    /**
     * A route: how to write its address for a project id, whether it shows a project, the roles that may open it,
     * and whether it only sends the user on (then "the view" means: no error came up).
     */
    private record Expect(LongFunction<String> path, boolean withProject, Set<String> roles, boolean forwards) {
        Expect(LongFunction<String> path, boolean withProject, Set<String> roles) {
            this(path, withProject, roles, false);
        }
    }

    private static final Set<String> EVERY_ROLE = Set.of("STAFF", "MANAGER", "LEADER", "ADMIN");
    private static final Map<String, Expect> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("", new Expect(id -> "", false, EVERY_ROLE, true));
        // The login is for nobody in particular: it shows the login form to everyone, signed in or not.
        EXPECTED.put("login", new Expect(id -> "login", false, Set.of()));
        EXPECTED.put("password", new Expect(id -> "password", false, EVERY_ROLE));
        EXPECTED.put("profile", new Expect(id -> "profile", false, EVERY_ROLE));
        EXPECTED.put("projects", new Expect(id -> "projects", false, EVERY_ROLE));
        EXPECTED.put("projects/:id", new Expect(id -> "projects/" + id, true, EVERY_ROLE));
        EXPECTED.put("alerts", new Expect(id -> "alerts", false, EVERY_ROLE));
        EXPECTED.put("overview", new Expect(id -> "overview", false, Set.of("MANAGER", "LEADER", "ADMIN")));
        EXPECTED.put("import", new Expect(id -> "import", false, Set.of("MANAGER", "ADMIN")));
        EXPECTED.put("admin/audit", new Expect(id -> "admin/audit", false, Set.of("ADMIN")));
        EXPECTED.put("admin/units", new Expect(id -> "admin/units", false, Set.of("ADMIN")));
        EXPECTED.put("admin/users", new Expect(id -> "admin/users", false, Set.of("ADMIN")));
        EXPECTED.put("admin/calendar", new Expect(id -> "admin/calendar", false, Set.of("ADMIN")));
        EXPECTED.put("notifications", new Expect(id -> "notifications", false, EVERY_ROLE));
        EXPECTED.put("admin/notifications", new Expect(id -> "admin/notifications", false, Set.of("ADMIN")));
        EXPECTED.put("monitoring/:projectId?/:year?/:quarter?", new Expect(id -> "monitoring/" + id + "/2019/3",
                true, Set.of("STAFF", "MANAGER", "ADMIN")));
        EXPECTED.put("dashboard/:projectId/:year?/:quarter?", new Expect(id -> "dashboard/" + id + "/2019/3", true,
                Set.of("MANAGER", "LEADER", "ADMIN")));
    }

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ProjectService projects;
    @Autowired
    private UserAccounts accounts;

    private long hotline;
    private long training;

    @BeforeAll
    static void discoverRoutes() {
        routes = KaribuSupport.routes();
    }

    @BeforeEach
    void twoUnits() {
        OtherUnit.createUsers(accounts);
        hotline = SystemAuthentication.call(() -> SeedProjects.hotline(projects));
        training = SystemAuthentication.call(() -> SeedProjects.id(projects, SeedProjects.TRAINING_Q));
    }

    @Test
    void every_route_has_an_expectation_in_the_matrix() {
        List<String> templates = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !isTestClass(route.getNavigationTarget())).map(RouteData::getTemplate).toList();
        assertThat(templates).as("add the new route to EXPECTED with the roles that may open it")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    /** A route the tests add for themselves (the benchmark's blank page), not one of the application. */
    private static boolean isTestClass(Class<?> target) {
        return target.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith("test-classes/");
    }

    private static String roleOf(String user) {
        return switch (user) {
            case "staff", OtherUnit.STAFF -> "STAFF";
            case "manager", OtherUnit.MANAGER -> "MANAGER";
            case "leader" -> "LEADER";
            case "admin" -> "ADMIN";
            default -> "";
        };
    }

    @Test
    void every_role_sees_at_every_route_what_the_matrix_says_and_nothing_of_another_unit() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Expect> route : EXPECTED.entrySet()) {
            Expect expect = route.getValue();
            for (String user : USERS) {
                boolean unitUser = !user.equals(ANONYMOUS) && !user.equals("leader") && !user.equals("admin");
                boolean otherIsTraining = !OtherUnit.USERS.contains(user);
                long other = otherIsTraining ? training : hotline;
                String otherName = otherIsTraining ? SeedProjects.TRAINING : SeedProjects.HOTLINE;
                String otherUnit = otherIsTraining ? OtherUnit.UNIT : OtherUnit.DEMO_UNIT;
                Outcome expected;
                if (user.equals(ANONYMOUS) || expect.roles().isEmpty()) {
                    expected = Outcome.LOGIN;
                } else if (!expect.roles().contains(roleOf(user))) {
                    expected = Outcome.REFUSED;
                } else if (expect.withProject() && unitUser) {
                    expected = Outcome.NOT_FOUND;
                } else {
                    expected = Outcome.VIEW;
                }
                String path = expect.path().apply(other);
                Outcome seen = open(user, path, route.getKey(), expect.forwards());
                if (seen != expected) {
                    failures.add(path + " as " + user + ": expected " + expected + " but saw " + seen);
                }
                if (unitUser) {
                    String leak = leak(otherName, otherUnit);
                    if (leak != null) {
                        failures.add(path + " as " + user + " shows another unit's " + leak);
                    }
                }
            }
        }
        assertThat(failures).as("the matrix").isEmpty();
    }

    /** Opens the address as the user in a fresh session and says what came up. */
    private Outcome open(String user, String path, String template, boolean forwards) {
        logout();
        MockVaadin.tearDown();
        KaribuSupport.openSession(routes, context);
        if (!user.equals(ANONYMOUS)) {
            login(user);
        }
        UI.getCurrent().navigate(path);
        if (!all(LoginView.class).isEmpty()) {
            return Outcome.LOGIN;
        }
        if (!all(ErrorPage.class).isEmpty()) {
            boolean projectMissing = _find(Span.class, spec -> spec.withClasses("error-message not-found"))
                    .stream().anyMatch(span -> span.getText().equals(PROJECT_NOT_FOUND));
            return projectMissing ? Outcome.NOT_FOUND : Outcome.REFUSED;
        }
        if (forwards) {
            return Outcome.VIEW;
        }
        Class<?> target = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getTemplate().equals(template)).findFirst().orElseThrow()
                .getNavigationTarget();
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(shown -> target.isInstance(shown)) ? Outcome.VIEW : Outcome.REFUSED;
    }

    /**
     * What of another unit the open page shows: its project's or unit's name in the page's text, in a grid's rows
     * (which the page's text does not hold: rows are fetched lazily) or among a combo box's options.
     */
    private static String leak(String otherProject, String otherUnit) {
        String text = UI.getCurrent().getElement().getTextRecursively();
        if (text.contains(otherProject) || text.contains(otherUnit)) {
            return "name in the page";
        }
        for (Grid<?> grid : all(Grid.class)) {
            String rows = grid.getGenericDataView().getItems().map(String::valueOf)
                    .collect(Collectors.joining("\n"));
            if (rows.contains(otherProject) || rows.contains(otherUnit)) {
                return "row in a grid";
            }
        }
        for (ComboBox<?> combo : all(ComboBox.class)) {
            String options = combo.getGenericDataView().getItems().map(String::valueOf)
                    .collect(Collectors.joining("\n"));
            if (options.contains(otherProject) || options.contains(otherUnit)) {
                return "option in a combo box";
            }
        }
        return null;
    }

    /** All components of a type on the page, typed loosely (the generic views are raw here). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends Component> List<T> all(Class<? super T> type) {
        return (List<T>) (List) _find((Class) type);
    }
}
