package org.anchang.sample;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the sample files: objects keep their map's key order, a value is written on
 * one line as {@code { "at": "2026-09-01T10:05", "kind": "visit" }}, non-ASCII text is written as is
 * (the files are UTF-8), so that a person can read and diff them line by line.
 */
final class Json {

    private Json() {
    }

    /** One value on one line: a map, a list, a string, a number, a boolean or {@code null}. */
    static String inline(Object v) {
        StringBuilder out = new StringBuilder();
        write(out, v);
        return out.toString();
    }

    private static void write(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(out, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{ ");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(out, (String) e.getKey());
                out.append(": ");
                write(out, e.getValue());
            }
            out.append(" }");
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(out, l.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * A top-level object written as {@code {\n  "key": value,\n  "list": [\n    item,\n    item\n  ]\n}\n}:
     * scalars and small maps inline, lists one element per line.
     */
    static String document(Map<String, Object> top) {
        StringBuilder out = new StringBuilder("{\n");
        int n = 0;
        for (Map.Entry<String, Object> e : top.entrySet()) {
            out.append("  ");
            string(out, e.getKey());
            out.append(": ");
            if (e.getValue() instanceof List<?> l && !l.isEmpty()) {
                out.append("[\n");
                for (int i = 0; i < l.size(); i++) {
                    out.append("    ").append(inline(l.get(i))).append(i + 1 < l.size() ? ",\n" : "\n");
                }
                out.append("  ]");
            } else {
                out.append(inline(e.getValue()));
            }
            out.append(++n < top.size() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }
}
