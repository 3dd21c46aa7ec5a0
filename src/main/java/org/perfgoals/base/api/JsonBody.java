package org.perfgoals.base.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * A write endpoint's JSON body, read strictly and only after the caller was allowed to write (so that a refused
 * caller learns nothing from a 400): it must be one JSON object, every field known, every field of its type. A
 * field sent as {@code null} is an explicit "no value", an absent field is simply not there; callers decide which
 * fields are required. Each problem is an {@link InvalidBodyException} naming the field.
 *
 * <p>Numbers are read as decimals, never as doubles: 1e309 is a number too large, not infinity.
 */
public final class JsonBody {

    /** How much of what was sent an error may repeat. */
    public static final int ECHO_LIMIT = 100;
    /** Digits before the point beyond which a number is no value anyone monitors (and its text would be huge). */
    private static final int MAX_INTEGER_DIGITS = 20;
    private static final int MAX_DECIMALS = 20;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The expected types a wrong-typed field is told about ({@code api.error.wrongType.<type>}). */
    private static final String TEXT = "text";
    private static final String NUMBER = "number";
    private static final String BOOLEAN = "boolean";
    private static final String OBJECT = "object";
    private static final String ARRAY = "array";
    private static final String ID = "id";
    private static final String INTEGER = "integer";

    private final ObjectNode body;
    private final UnaryOperator<String> fieldName;

    private JsonBody(ObjectNode body, UnaryOperator<String> fieldName) {
        this.body = body;
        this.fieldName = fieldName;
    }

    /**
     * Reads the raw body as a JSON object whose fields are all in {@code allowed}.
     *
     * @param fieldName how an error names a field of this body (e.g. {@code value} → {@code indicator:4.value})
     */
    public static JsonBody parse(byte[] raw, List<String> allowed, UnaryOperator<String> fieldName) {
        JsonNode node;
        try {
            node = raw == null || raw.length == 0 ? null : JSON.readTree(raw);
        } catch (JacksonException e) {
            throw new InvalidBodyException("body", "malformed", List.of());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidBodyException("body", "notObject", List.of(String.join(", ", allowed)));
        }
        List<String> unknown = node.propertyNames().stream().filter(name -> !allowed.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidBodyException(fieldName.apply(unknown.getFirst()), "unknownField",
                    List.of(prefix(String.join(", ", unknown)), String.join(", ", allowed)));
        }
        return new JsonBody((ObjectNode) node, fieldName);
    }

    /** Whether the field was sent, possibly as null. */
    public boolean has(String field) {
        return body.has(field);
    }

    /** Refuses a body without {@code field}; {@code what} says what it is for (e.g. the indicator's kind). */
    public void require(String field, String what) {
        if (!body.has(field)) {
            throw new InvalidBodyException(fieldName.apply(field), "missingField", List.of(field, what));
        }
    }

    /** Refuses a field that this resource does not take ({@code what} says why, e.g. the indicator's kind). */
    public void forbid(String field, String what) {
        if (body.has(field)) {
            throw new InvalidBodyException(fieldName.apply(field), "fieldNotAllowed", List.of(field, what));
        }
    }

    /** A text field; null when absent or null. */
    public @Nullable String text(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw wrongType(field, TEXT);
        }
        return node.asString();
    }

    /** A number, sent as a JSON number or as typed text ("98%", "９８"); null when absent or null. */
    public @Nullable String number(String field) {
        return number(field, body.get(field));
    }

    public Boolean bool(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw wrongType(field, BOOLEAN);
        }
        return node.booleanValue();
    }

    /** The id of a stored thing: a positive whole JSON number; null when absent or null. */
    public @Nullable Long id(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
            throw wrongType(field, ID);
        }
        return node.longValue();
    }

    /** A whole number sent as a JSON number ({@code 30}, not {@code "30"} or {@code 30.5}); null if absent or null. */
    public @Nullable Long integer(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw wrongType(field, INTEGER);
        }
        if (!node.canConvertToLong()) {
            throw new InvalidBodyException(fieldName.apply(field), "numberTooLarge",
                    List.of(prefix(node.asString())));
        }
        return node.longValue();
    }

    /** An array of texts ({@code ["STAFF", "MANAGER"]}), in the order sent; null when absent or null. */
    public @Nullable List<String> texts(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw wrongType(field, ARRAY);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isString()) {
                throw wrongType(field, ARRAY);
            }
            texts.add(element.asString());
        }
        return texts;
    }

    /** An object of numbers by name ({@code {"响应时间": 12}}), in the order sent; null when absent or null. */
    public @Nullable Map<String, String> numbers(String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw wrongType(field, OBJECT);
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        node.properties().forEach(entry -> numbers.put(entry.getKey(),
                number(field + ":" + entry.getKey(), entry.getValue())));
        return numbers;
    }

    private String number(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (!node.isNumber()) {
            throw wrongType(field, NUMBER);
        }
        BigDecimal value = node.decimalValue();
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidBodyException(fieldName.apply(field), "numberTooLarge",
                    List.of(prefix(value.toString())));
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new InvalidBodyException(fieldName.apply(field), "numberTooPrecise",
                    List.of(prefix(value.toString())));
        }
        return value.toPlainString();
    }

    private InvalidBodyException wrongType(String field, String expected) {
        return new InvalidBodyException(fieldName.apply(field), "wrongType." + expected, List.of(prefix(field)));
    }

    /** The text as an error may repeat it: at most {@link #ECHO_LIMIT} characters and "…". */
    public static String prefix(String text) {
        if (text == null || text.length() <= ECHO_LIMIT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
        return text.substring(0, end) + "…";
    }
}
