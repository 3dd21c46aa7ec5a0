package org.perfgoals.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab of one user, speaking Vaadin Flow's client-server protocol over HTTP as the browser's Flow client
 * does: the bootstrap page ({@code GET /route}), the UI's start ({@code GET ?v-r=init&location=route}), then every
 * interaction as a UIDL message ({@code POST ?v-r=uidl&v-uiId=n} with {@code csrfToken}, {@code syncId},
 * {@code clientId} and RPC invocations: DOM events, property syncs, {@code $server} calls). The app's push setting
 * has {@code alwaysXhrToServer}, so a browser sends these over XHR as well; the push WebSocket (server to client
 * only) is not opened, so changes pushed from the server arrive with the next response instead.
 *
 * <p>It keeps the state tree the server sends (tags, properties, children, listeners, text), so that a journey finds
 * a button by its text or a field by its label, as a person does. Static resources are not fetched: a browser has
 * them cached after the first visit.
 */
final class UiSession {

    /** Node features of Flow's state tree (NodeFeatures). */
    private static final int DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int VIRTUAL_CHILDREN = 24;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** One element or text node. */
    static final class StateNode {
        final int id;
        String tag;
        boolean visible = true;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        String text;

        StateNode(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    /** Something in the UI did not behave as a browser would see it: counted as an error. */
    static final class UiException extends RuntimeException {
        /** A failed request (already recorded as such), not a page that lacks what the journey looks for. */
        final boolean request;

        UiException(String message) {
            this(message, false);
        }

        UiException(String message, boolean request) {
            super(message);
            this.request = request;
        }
    }

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<Integer, StateNode> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<Integer> pendingConfirms = new ArrayList<>();
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private int promise;
    /** The row keys each grid has received, by the grid's node id (reset when the grid resets its data). */
    private final Map<Integer, List<String>> rows = new HashMap<>();

    UiSession(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    // ---------------------------------------------------------------- login and pages

    /** The login page as a browser opens it, then the form post to Spring Security with the page's CSRF token. */
    void login(String username, String password) {
        String page = get("login.page", "login");
        start("login.init", "login");
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new UiException("login page without CSRF token");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> response = send("login.post", HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new UiException("login of " + username + " refused: " + response.statusCode() + " " + location);
        }
    }

    /** A full page load of {@code route}: the bootstrap page, the UI's start, the navigation event. */
    void open(String kind, String route) {
        get(kind + ".page", route);
        start(kind + ".init", route);
        navigate(kind, route);
    }

    /** In-app navigation (a menu link): the client router's {@code ui-navigate} event on the same UI. */
    void navigate(String kind, String route) {
        ObjectNode data = JSON.createObjectNode();
        int question = route.indexOf('?');
        data.put("route", question < 0 ? route : route.substring(0, question));
        data.put("query", question < 0 ? "" : route.substring(question + 1));
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        data.put("trigger", "");
        uidl(kind, List.of(event(1, "ui-navigate", data)));
    }

    private void start(String kind, String route) {
        String query = "?v-r=init&location=" + encode(route) + "&query=";
        HttpResponse<String> response = send(kind, request(query).GET());
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        nodes.clear();
        constants.clear();
        rows.clear();
        pendingConfirms.clear();
        apply(uidl);
    }

    // ---------------------------------------------------------------- interactions

    /** A click on a node (button, link). */
    void click(String kind, StateNode node) {
        uidl(kind, List.of(event(node.id, "click", eventData(node, "click", Map.of()))));
    }

    /**
     * Types a value into a field and leaves it: the property is synchronised, then the field's {@code change} (text
     * fields) or {@code value-changed} (selects) event is sent, as the Flow client does for a synchronised property.
     */
    void setValue(String kind, StateNode node, String value) {
        String eventName = node.listeners.containsKey("change") ? "change" : "value-changed";
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        node.properties.put("value", JSON.getNodeFactory().stringNode(value));
        uidl(kind, List.of(sync, event(node.id, eventName, eventData(node, eventName, Map.of()))));
    }

    /**
     * Takes what the server has pushed since the last request: the live screens refresh a grid when someone else
     * changes data, which gives its rows new keys. A browser gets that over its push connection at once; this
     * session has none, so it fetches it with an empty UIDL message before it reads a grid, or it would click a row
     * key the server no longer knows and see nothing open.
     */
    void receivePushed() {
        uidl("push", List.of());
    }

    /** A click on a grid row (the grid's {@code item-click} event with the row's key). */
    void clickRow(String kind, StateNode grid, String itemKey) {
        Map<String, Object> values = Map.of("event.detail.itemKey", itemKey, "event.detail.internalColumnId", "col1");
        uidl(kind, List.of(event(grid.id, "item-click", eventData(grid, "item-click", values))));
    }

    /** The row keys of the data the server last sent to a grid ({@code $connector.set(index, items)}). */
    List<String> rowKeys(StateNode grid) {
        return List.copyOf(rows.getOrDefault(grid.id, List.of()));
    }

    /** The nodes, in creation order of their ids, that pass the test. */
    List<StateNode> find(Predicate<StateNode> test) {
        return nodes.values().stream().filter(test).sorted(java.util.Comparator.comparingInt(n -> n.id)).toList();
    }

    Optional<StateNode> byLabel(String tag, String label) {
        return find(node -> tag.equals(node.tag) && label.equals(node.property("label"))).stream().findFirst();
    }

    Optional<StateNode> byText(String tag, String text) {
        return find(node -> tag.equals(node.tag) && node.visible && text.equals(text(node).strip())).stream()
                .findFirst();
    }

    StateNode required(Optional<StateNode> node, String what) {
        return node.orElseThrow(() -> new UiException("not on the page: " + what));
    }

    /** The node's text, its descendants' text concatenated. */
    String text(StateNode node) {
        if (node.text != null) {
            return node.text;
        }
        StringBuilder text = new StringBuilder();
        for (int child : node.children) {
            StateNode childNode = nodes.get(child);
            if (childNode != null) {
                text.append(text(childNode));
            }
        }
        return text.toString();
    }

    /** Whether the last response set a field invalid (a refused save). */
    List<StateNode> invalidFields() {
        return find(node -> node.tag != null && (node.tag.equals("vaadin-text-field")
                || node.tag.equals("vaadin-text-area")) && node.visible
                && "true".equals(node.property("invalid")));
    }

    // ---------------------------------------------------------------- protocol

    private ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** The event data the server asked for with the listener (its constant), with a browser's plain values. */
    private ObjectNode eventData(StateNode node, String event, Map<String, Object> values) {
        ObjectNode data = JSON.createObjectNode();
        String key = node.listeners.get(event);
        JsonNode expressions = key == null ? null : constants.get(key);
        if (expressions == null) {
            throw new UiException("no " + event + " listener on " + node.tag);
        }
        for (String expression : expressions.propertyNames()) {
            if (expression.startsWith("}")) {
                continue;
            }
            Object value = values.get(expression);
            if (value instanceof String text) {
                data.put(expression, text);
            } else if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.endsWith("button")) {
                data.put(expression, 0);
            } else if (expression.endsWith(".detail")) {
                data.put(expression, 1);
            } else if (expression.contains("X") || expression.contains("Y")) {
                data.put(expression, 200);
            } else {
                data.putNull(expression);
            }
        }
        return data;
    }

    /** Sends RPC invocations; then, as the grid and combo box connectors do, confirms the data updates received. */
    void uidl(String kind, List<ObjectNode> rpc) {
        message(kind, rpc);
        if (!pendingConfirms.isEmpty()) {
            List<ObjectNode> confirms = new ArrayList<>();
            for (int i = 0; i + 1 < pendingConfirms.size(); i += 2) {
                ObjectNode call = JSON.createObjectNode();
                call.put("type", "publishedEventHandler");
                call.put("node", pendingConfirms.get(i));
                call.put("templateEventMethodName", "confirmUpdate");
                call.set("templateEventMethodArgs", JSON.createArrayNode().add(pendingConfirms.get(i + 1)));
                call.put("promise", promise++);
                confirms.add(call);
            }
            pendingConfirms.clear();
            message("confirmUpdate", confirms);
        }
    }

    private void message(String kind, List<ObjectNode> rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode invocations = body.putArray("rpc");
        rpc.forEach(invocations::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(kind, request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode uidl = JSON.readTree(text);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("resynchronize")) {
            recorder.error(kind + ": " + meta);
            throw new UiException(kind + ": " + meta);
        }
        apply(uidl);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (var constant : uidl.path("constants").properties()) {
            constants.put(constant.getKey(), constant.getValue());
        }
        for (JsonNode change : uidl.path("changes")) {
            change(change);
        }
        for (JsonNode call : uidl.path("execute")) {
            String script = call.get(call.size() - 1).asString();
            int target = call.get(0).path("@v-node").asInt(-1);
            if (script.contains("$connector.reset()") || script.contains("$connector.clear(")) {
                rows.remove(target);
            } else if (script.contains("$connector.set(") && call.size() > 3 && call.get(2).isArray()) {
                List<String> keys = rows.computeIfAbsent(target, id -> new ArrayList<>());
                call.get(2).forEach(item -> keys.add(item.path("key").asString()));
            } else if (script.contains("$connector.confirm(") && call.size() >= 3) {
                pendingConfirms.add(call.get(0).path("@v-node").asInt());
                pendingConfirms.add(call.get(1).asInt());
            }
        }
    }

    private void change(JsonNode change) {
        int id = change.path("node").asInt();
        String type = change.path("type").asString();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        StateNode node = nodes.computeIfAbsent(id, StateNode::new);
        int feature = change.path("feat").asInt(-1);
        String key = change.path("key").asString("");
        switch (type) {
            case "put" -> put(node, feature, key, change.path("value"));
            case "remove" -> {
                if (feature == PROPERTIES) {
                    node.properties.remove(key);
                } else if (feature == LISTENERS) {
                    node.listeners.remove(key);
                }
            }
            case "splice" -> {
                if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < node.children.size(); i++) {
                        node.children.remove(index);
                    }
                    List<Integer> added = new ArrayList<>();
                    change.path("addNodes").forEach(child -> added.add(child.asInt()));
                    node.children.addAll(Math.min(index, node.children.size()), added);
                }
            }
            case "clear" -> {
                if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                    node.children.clear();
                }
            }
            default -> {
                // attach: the node exists now
            }
        }
    }

    private static void put(StateNode node, int feature, String key, JsonNode value) {
        switch (feature) {
            case DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                } else if (key.equals("visible")) {
                    node.visible = value.asBoolean(true);
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case LISTENERS -> node.listeners.put(key, value.asString());
            case TEXT -> node.text = value.asString();
            default -> {
                // attributes, styles, class lists and the like do not matter to a journey
            }
        }
    }

    // ---------------------------------------------------------------- HTTP

    private String get(String kind, String path) {
        return send(kind, request(path).GET()).body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    /** One timed request with this tab's cookies; a status other than 200 or 302 is an error. */
    private HttpResponse<String> send(String kind, HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            recorder.record(kind, System.nanoTime() - start, true);
            recorder.error(kind + ": " + e);
            throw new UiException(kind + ": " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UiException(kind + ": interrupted");
        }
        boolean failed = response.statusCode() != 200 && response.statusCode() != 302;
        recorder.record(kind, System.nanoTime() - start, failed);
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        if (failed) {
            recorder.error(kind + ": HTTP " + response.statusCode());
            throw new UiException(kind + ": HTTP " + response.statusCode(), true);
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
