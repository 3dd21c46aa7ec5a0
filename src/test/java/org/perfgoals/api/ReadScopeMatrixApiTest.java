package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.project.ProjectDetails;
import org.perfgoals.project.ProjectQueries;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.UnitHierarchy;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Pageable;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint under {@code /api/} × every role, generated from Spring's own list of handler methods: an endpoint
 * without an expectation here fails the first test. Each role calls with the ids of a unit not its own (the demo
 * staff and manager with 上海市就业促进中心's, that unit's staff and manager with the demo unit's); reads of them are
 * 404 with the body of a missing id, lists hold none of them, writes are 403 (the role) or 404 (the unit) before any
 * body is read — the bodies sent are malformed, so a 400 would show the body was read first — and nothing changes.
 */
class ReadScopeMatrixApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANONYMOUS = "(anonymous)";
    private static final List<String> ROLES = List.of(ANONYMOUS, "staff", "manager", "leader", "admin",
            OtherUnit.STAFF, OtherUnit.MANAGER);
    private static final String MALFORMED = "{";
    private static final long MISSING = 987654321L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What kind of call an endpoint is, which decides what each role must get. */
    private enum Kind {
        /** Reads one unit's project, quarter, weights, export or alert by id: 404 outside the reader's units. */
        UNIT_READ,
        /** A list filtered to the reader's units. */
        UNIT_LIST,
        /** Writes one unit's data by id: 403 for a role that never may, else 404 for another unit's id. */
        UNIT_WRITE,
        /** An import of forms: another unit's form is refused as a whole (403, nothing stored). */
        IMPORT,
        /**
         * An upload of a filled template (sent: the other unit's template): 403 for a role that never writes, else
         * 404, decided before a cell is read.
         */
        UPLOAD,
        /** User administration: admins only (no unit data). */
        ADMIN_READ,
        ADMIN_WRITE,
        /** The caller's own account: readable by every signed-in person. */
        OWN_READ,
        OWN_WRITE,
        /** The overview: not for staff (403); its rows scoped like the lists. */
        OVERVIEW,
        /** The JSON 404 for unknown paths under /api/. */
        FALLBACK
    }

    /** An expectation: the kind, which id the path takes, and for writes the roles that may call at all. */
    private record Expect(Kind kind, String subject, Set<String> roles) {
        static Expect of(Kind kind, String subject) {
            return new Expect(kind, subject, Set.of());
        }
    }

    private static final Map<String, Expect> EXPECTED = new LinkedHashMap<>();

    static {
        Set<String> writers = Set.of("ADMIN", "MANAGER", "STAFF");
        Set<String> reviewers = Set.of("ADMIN", "MANAGER");
        EXPECTED.put("GET /api/v1/projects", Expect.of(Kind.UNIT_LIST, "project"));
        EXPECTED.put("GET /api/v1/projects/{id}", Expect.of(Kind.UNIT_READ, "project"));
        EXPECTED.put("GET /api/v1/projects/{id}/monitoring/{year}/{quarter}", Expect.of(Kind.UNIT_READ, "project"));
        EXPECTED.put("GET /api/v1/projects/{id}/monitoring/{year}/{quarter}/export.xlsx",
                Expect.of(Kind.UNIT_READ, "project"));
        EXPECTED.put("GET /api/v1/projects/{id}/monitoring/{year}/{quarter}/template.xlsx",
                new Expect(Kind.UNIT_WRITE, "project", writers));
        // The unit's template, asked for with ?department=<the other unit>.
        EXPECTED.put("GET /api/v1/monitoring/{year}/{quarter}/template.xlsx",
                new Expect(Kind.UNIT_WRITE, "department", writers));
        EXPECTED.put("POST /api/v1/monitoring/{year}/{quarter}/upload", new Expect(Kind.UPLOAD, "project", writers));
        EXPECTED.put("GET /api/v1/projects/{id}/weights", Expect.of(Kind.UNIT_READ, "project"));
        EXPECTED.put("PUT /api/v1/projects/{id}/weights", new Expect(Kind.UNIT_WRITE, "project", reviewers));
        EXPECTED.put("PUT /api/v1/indicators/{id}/actuals/{year}/{quarter}",
                new Expect(Kind.UNIT_WRITE, "indicator", writers));
        EXPECTED.put("DELETE /api/v1/indicators/{id}/actuals/{year}/{quarter}",
                new Expect(Kind.UNIT_WRITE, "indicator", writers));
        EXPECTED.put("PUT /api/v1/budget-items/{id}/execution/{year}/{quarter}",
                new Expect(Kind.UNIT_WRITE, "budgetItem", writers));
        EXPECTED.put("DELETE /api/v1/budget-items/{id}/execution/{year}/{quarter}",
                new Expect(Kind.UNIT_WRITE, "budgetItem", writers));
        EXPECTED.put("GET /api/v1/alerts", Expect.of(Kind.UNIT_LIST, "alert"));
        EXPECTED.put("GET /api/v1/alerts/{id}", Expect.of(Kind.UNIT_READ, "alert"));
        EXPECTED.put("POST /api/v1/alerts/{id}/acknowledge", new Expect(Kind.UNIT_WRITE, "alert", writers));
        EXPECTED.put("POST /api/v1/alerts/{id}/resolve", new Expect(Kind.UNIT_WRITE, "alert", reviewers));
        EXPECTED.put("POST /api/v1/imports", Expect.of(Kind.IMPORT, "none"));
        EXPECTED.put("GET /api/v1/overview", Expect.of(Kind.OVERVIEW, "none"));
        EXPECTED.put("GET /api/v1/users", Expect.of(Kind.ADMIN_READ, "none"));
        EXPECTED.put("GET /api/v1/users/{id}", Expect.of(Kind.ADMIN_READ, "user"));
        EXPECTED.put("POST /api/v1/users", Expect.of(Kind.ADMIN_WRITE, "none"));
        EXPECTED.put("PATCH /api/v1/users/{id}", Expect.of(Kind.ADMIN_WRITE, "user"));
        EXPECTED.put("POST /api/v1/users/{id}/password-reset", Expect.of(Kind.ADMIN_WRITE, "user"));
        EXPECTED.put("GET /api/v1/me", Expect.of(Kind.OWN_READ, "none"));
        EXPECTED.put("PUT /api/v1/me/password", Expect.of(Kind.OWN_WRITE, "none"));
        EXPECTED.put("GET /api/v1/units", Expect.of(Kind.ADMIN_READ, "none"));
        EXPECTED.put("GET /api/v1/units/{id}", Expect.of(Kind.ADMIN_READ, "unit"));
        EXPECTED.put("POST /api/v1/units", Expect.of(Kind.ADMIN_WRITE, "none"));
        EXPECTED.put("PATCH /api/v1/units/{id}", Expect.of(Kind.ADMIN_WRITE, "unit"));
        EXPECTED.put("POST /api/v1/units/{id}/merge", Expect.of(Kind.ADMIN_WRITE, "unit"));
        EXPECTED.put("GET /api/v1/audit", Expect.of(Kind.ADMIN_READ, "none"));
        EXPECTED.put("GET /api/v1/admin/backups", Expect.of(Kind.ADMIN_READ, "none"));
        EXPECTED.put("POST /api/v1/admin/backups", Expect.of(Kind.ADMIN_WRITE, "none"));
        EXPECTED.put("GET /api/v1/me/tokens", Expect.of(Kind.OWN_READ, "none"));
        EXPECTED.put("POST /api/v1/me/tokens", Expect.of(Kind.OWN_WRITE, "none"));
        // Another user's or an unknown token id is missing (404) for everyone signed in.
        EXPECTED.put("DELETE /api/v1/me/tokens/{id}", Expect.of(Kind.FALLBACK, "none"));
        EXPECTED.put("* /api/**", Expect.of(Kind.FALLBACK, "none"));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;
    @Autowired
    private UserAccounts accounts;
    @Autowired
    private ProjectService projects;
    @Autowired
    private ProjectQueries queries;
    @Autowired
    private AlertService alerts;
    @Autowired
    private UnitHierarchy units;

    /** The ids of one unit's data: its seed project, an indicator, a sub-item and an active alert. */
    private record UnitIds(String unit, long project, long indicator, long budgetItem, long alert) {
        long of(String subject, long user, long unit) {
            return switch (subject) {
                case "project" -> project;
                case "indicator" -> indicator;
                case "budgetItem" -> budgetItem;
                case "alert" -> alert;
                case "user" -> user;
                case "unit" -> unit;
                default -> 0;
            };
        }
    }

    private UnitIds hotline;
    private UnitIds training;
    private long userId;
    /** A unit for the unit endpoints: the demo's competent department. */
    private long unitId;

    @BeforeEach
    void twoUnits() {
        OtherUnit.createUsers(accounts);
        hotline = ids(SeedProjects.HOTLINE_Q, OtherUnit.DEMO_UNIT);
        training = ids(SeedProjects.TRAINING_Q, OtherUnit.UNIT);
        userId = SystemAuthentication.call(() -> accounts.find(OtherUnit.STAFF).orElseThrow().id());
        unitId = units.idsByName().get("上海市人力资源和社会保障局");
    }

    private UnitIds ids(String query, String unit) {
        return SystemAuthentication.call(() -> {
            ProjectDetails project = queries.details(SeedProjects.id(projects, query)).orElseThrow();
            long alert = alerts.list(new AlertFilter(null, null, unit, project.id(), null, null, true),
                    Pageable.unpaged()).getFirst().id();
            return new UnitIds(unit, project.id(), project.indicators().getFirst().id(),
                    project.budgetItems().getFirst().id(), alert);
        });
    }

    /** "METHOD /pattern" of every handler method under /api/ (a mapping without a method is "*"). */
    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    (methods.isEmpty() ? List.of("*") : methods).forEach(method -> endpoints.add(method + " "
                            + pattern));
                }
            }
        }
        return endpoints;
    }

    @Test
    void every_api_endpoint_has_an_expectation_in_the_matrix() {
        assertThat(apiEndpoints()).as("add the new endpoint to EXPECTED with what each role must get")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    /** A unit user's "other unit" is the one they do not belong to; leaders and admins are asked about training. */
    private UnitIds otherUnitOf(String role) {
        return OtherUnit.USERS.contains(role) ? hotline : training;
    }

    private static boolean readsEverything(String role) {
        return role.equals("leader") || role.equals("admin");
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

    private String path(String pattern, long id) {
        return pattern.replace("{id}", String.valueOf(id)).replace("{year}", "2019").replace("{quarter}", "3")
                .replace("/api/**", "/api/v1/no-such-thing");
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        String verb = method.equals("*") ? "GET" : method;
        return user.equals(ANONYMOUS) ? api().anonymous(verb, path, body) : api().call(verb, path, user, body);
    }

    /** What admins see of both units' stored data: must be the same after every refused write. */
    private List<String> snapshot() throws Exception {
        List<String> state = new ArrayList<>();
        for (UnitIds unit : List.of(hotline, training)) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                state.add(api().call("GET", "/api/v1/projects/" + unit.project() + "/monitoring/2019/" + quarter,
                        "admin", null).body());
            }
            state.add(api().call("GET", "/api/v1/projects/" + unit.project() + "/weights", "admin", null).body());
            state.add(api().call("GET", "/api/v1/alerts/" + unit.alert(), "admin", null).body());
        }
        // Who exists and with which rights; the time of each user's last login moves with every call.
        JsonNode users = JSON.readTree(api().call("GET", "/api/v1/users?size=1000", "admin", null).body());
        users.forEach(user -> ((ObjectNode) user).remove("lastLoginAt"));
        state.add(users.toString());
        state.add(api().call("GET", "/api/v1/projects?size=1000", "admin", null).body());
        return state;
    }

    @Test
    void every_role_gets_what_the_matrix_says_at_every_endpoint_and_refused_writes_store_nothing() throws Exception {
        List<String> before = snapshot();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Expect> endpoint : EXPECTED.entrySet()) {
            String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            String pattern = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
            for (String user : ROLES) {
                String problem = check(endpoint.getValue(), method, pattern, user);
                if (problem != null) {
                    failures.add(endpoint.getKey() + " as " + user + ": " + problem);
                }
            }
        }
        assertThat(failures).as("the matrix").isEmpty();
        assertThat(snapshot()).as("no refused call changed anything").isEqualTo(before);
    }

    /** The one cell of the matrix; null when the answer is as expected, else what was wrong. */
    private String check(Expect expect, String method, String pattern, String user) throws Exception {
        UnitIds other = otherUnitOf(user);
        String path = path(pattern, other.of(expect.subject(), userId, unitId));
        boolean write = expect.kind() == Kind.UNIT_WRITE || expect.kind() == Kind.ADMIN_WRITE
                || expect.kind() == Kind.OWN_WRITE;
        String body = write ? MALFORMED : null;
        if (expect.kind() == Kind.IMPORT) {
            path = "/api/v1/imports?dryRun=true";
        }
        if (expect.subject().equals("department")) {
            path += "?department=" + URLEncoder.encode(other.unit(), StandardCharsets.UTF_8);
        }
        if (user.equals(ANONYMOUS)) {
            HttpResponse<String> response = expect.kind() == Kind.IMPORT
                    ? api().anonymous("POST", path, SeedFile.text()) : call(user, method, path, body);
            return status(response, 401);
        }
        return switch (expect.kind()) {
            case UNIT_READ -> unitRead(user, method, pattern, other);
            case UNIT_LIST -> unitList(user, pattern, other);
            case OVERVIEW -> overview(user, pattern, other);
            case UNIT_WRITE -> {
                if (user.equals("admin")) {
                    yield null; // admins may write every unit's data; MonitoringWriteApiTest covers it
                }
                int expected = expect.roles().contains(roleOf(user)) ? 404 : 403;
                yield status(call(user, method, path, body), expected);
            }
            case UPLOAD -> user.equals("admin") ? null : status(api().sendBytes("POST", path, user, XLSX,
                    api().getBytes("/api/v1/projects/" + other.project() + "/monitoring/2019/3/template.xlsx",
                            "admin").body()), expect.roles().contains(roleOf(user)) ? 404 : 403);
            case IMPORT -> user.equals("admin") ? null
                    : status(api().send("POST", path, user, "demo", "text/plain; charset=UTF-8", SeedFile.text()),
                    403);
            case ADMIN_READ -> status(call(user, method, path, null), user.equals("admin") ? 200 : 403);
            case ADMIN_WRITE -> user.equals("admin") ? null : status(call(user, method, path, body), 403);
            case OWN_READ -> status(call(user, method, path, null), 200);
            case OWN_WRITE -> status(call(user, method, path, body), 400);
            case FALLBACK -> status(call(user, method, path, null), 404);
        };
    }

    private static String status(HttpResponse<String> response, int expected) {
        return response.statusCode() == expected ? null
                : "expected " + expected + " but got " + response.statusCode() + " " + response.body();
    }

    /** Another unit's id reads exactly as a missing id (same problem, id aside); leaders and admins read it. */
    private String unitRead(String user, String method, String pattern, UnitIds other) throws Exception {
        long id = other.of(subjectOf(pattern), userId, unitId);
        HttpResponse<String> response = call(user, method, path(pattern, id), null);
        if (readsEverything(user)) {
            return status(response, 200);
        }
        String wrong = status(response, 404);
        if (wrong != null) {
            return wrong;
        }
        HttpResponse<String> missing = call(user, method, path(pattern, MISSING), null);
        JsonNode seen = withoutId(response.body(), id);
        JsonNode unknown = withoutId(missing.body(), MISSING);
        return seen.equals(unknown) ? null : "another unit's id reads " + seen + " but a missing one " + unknown;
    }

    private static String subjectOf(String pattern) {
        return pattern.startsWith("/api/v1/alerts") ? "alert" : "project";
    }

    /** The problem body with the id written as {id} wherever it appears as a number of its own. */
    private static JsonNode withoutId(String body, long id) {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        Pattern number = Pattern.compile("(?<![0-9])" + id + "(?![0-9])");
        for (String field : List.of("detail", "error")) {
            if (node.has(field)) {
                node.put(field, number.matcher(node.get(field).asString()).replaceAll("{id}"));
            }
        }
        // In the path only the id's own segment: "/api/v1/projects/1" must not become "/api/v{id}/…".
        node.put("instance", Pattern.compile("(?<=/)" + id + "(?=/|$)").matcher(node.path("instance").asString())
                .replaceAll("{id}"));
        return node;
    }

    /** A list holds none of another unit's items (also when asked for that unit by name); all for leaders, admins. */
    private String unitList(String user, String pattern, UnitIds other) throws Exception {
        HttpResponse<String> all = call(user, "GET", pattern + "?size=1000", null);
        String wrong = status(all, 200);
        if (wrong != null) {
            return wrong;
        }
        List<String> units = new ArrayList<>();
        JSON.readTree(all.body()).forEach(item -> units.add(item.path("department").asString()));
        HttpResponse<String> asked = call(user, "GET", pattern + "?unit="
                + java.net.URLEncoder.encode(other.unit(), java.nio.charset.StandardCharsets.UTF_8), null);
        long askedCount = Long.parseLong(asked.headers().firstValue("X-Total-Count").orElse("-1"));
        if (readsEverything(user)) {
            return units.contains(other.unit()) && askedCount > 0 ? null : "misses " + other.unit() + ": " + units;
        }
        if (units.contains(other.unit()) || askedCount != 0 || JSON.readTree(asked.body()).size() != 0) {
            return "lists " + other.unit() + " (" + askedCount + " when asked for it): " + units;
        }
        return units.isEmpty() ? "lists nothing of their own unit" : null;
    }

    /** The overview's rows hold none of another unit's projects, also when asked for that unit; staff are refused. */
    private String overview(String user, String pattern, UnitIds other) throws Exception {
        HttpResponse<String> all = call(user, "GET", pattern + "?year=2019&quarter=3&size=1000", null);
        if (roleOf(user).equals("STAFF")) {
            return status(all, 403);
        }
        String wrong = status(all, 200);
        if (wrong != null) {
            return wrong;
        }
        List<String> units = new ArrayList<>();
        JSON.readTree(all.body()).path("projects").forEach(row -> units.add(row.path("department").asString()));
        HttpResponse<String> asked = call(user, "GET", pattern + "?year=2019&quarter=3&department="
                + java.net.URLEncoder.encode(other.unit(), java.nio.charset.StandardCharsets.UTF_8), null);
        long askedCount = JSON.readTree(asked.body()).path("totalProjects").asLong(-1);
        if (readsEverything(user)) {
            return units.contains(other.unit()) && askedCount > 0 ? null : "misses " + other.unit() + ": " + units;
        }
        if (units.contains(other.unit()) || askedCount != 0) {
            return "shows " + other.unit() + " (" + askedCount + " when asked for it): " + units;
        }
        return units.isEmpty() ? "shows nothing of their own unit" : null;
    }
}
