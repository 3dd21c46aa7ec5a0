package org.perfgoals.audit.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entry's details as a small JSON object, written from names and values in turn:
 * {@code AuditDetails.json("scheme", "custom", "points", Map.of("产出目标", 40))} gives
 * {@code {"scheme":"custom","points":{"产出目标":40}}}. Values: null, numbers and booleans as they are, collections
 * as arrays, maps as objects, anything else as its text. Written here rather than by Jackson so the domain stays
 * plain Java and the entry reads the same whatever the mapper's settings.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    public static String json(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            string(json, String.valueOf(namesAndValues[i]));
            json.append(':');
            value(json, namesAndValues[i + 1]);
        }
        return json.append('}').toString();
    }

    private static void value(StringBuilder json, @Nullable Object value) {
        switch (value) {
            case null -> json.append("null");
            case BigDecimal number -> json.append(number.stripTrailingZeros().toPlainString());
            case Number number -> json.append(number);
            case Boolean bool -> json.append(bool);
            case Map<?, ?> map -> {
                json.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    string(json, String.valueOf(entry.getKey()));
                    json.append(':');
                    value(json, entry.getValue());
                }
                json.append('}');
            }
            case Collection<?> items -> {
                json.append('[');
                boolean first = true;
                for (Object item : items) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    value(json, item);
                }
                json.append(']');
            }
            default -> string(json, value.toString());
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
