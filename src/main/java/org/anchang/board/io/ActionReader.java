package org.anchang.board.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.anchang.board.BoardAction;
import org.anchang.board.WalkinType;

/** Reads one element of {@code actions}; every error names {@code actions[i].field}. */
final class ActionReader {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final JsonNode node;
    private final String place;

    private ActionReader(JsonNode node, int index) {
        this.node = node;
        this.place = "actions[" + index + "].";
    }

    static BoardAction read(JsonNode node, int index) {
        if (node == null || !node.isObject()) {
            throw new BoardFormatException("actions[" + index + "]: 应为对象");
        }
        return new ActionReader(node, index).read();
    }

    private BoardAction read() {
        String kind = text("kind");
        LocalTime at = time();
        return switch (kind) {
            case "checkin" -> {
                only("who");
                yield new BoardAction.Checkin(at, text("who"));
            }
            case "away" -> {
                only("who", "permitted");
                yield new BoardAction.Away(at, text("who"), bool("permitted"));
            }
            case "back" -> {
                only("who");
                yield new BoardAction.Back(at, text("who"));
            }
            case "done" -> {
                only("who");
                yield new BoardAction.Done(at, text("who"));
            }
            case "free" -> {
                only("on");
                yield new BoardAction.Free(at, bool("on"));
            }
            case "walkin" -> walkin(at);
            case "reclaim" -> {
                // ROT-16, an extension of BOARD-FORMAT.md: the owner takes over walk-in `of`.
                only("of", "owner");
                JsonNode o = node.get("of");
                if (o == null || !o.isIntegralNumber() || !o.canConvertToInt()) {
                    throw fail("of", o == null ? "缺少字段" : "应为之前一条来客的序号(整数)");
                }
                yield new BoardAction.Reclaim(at, o.intValue(), text("owner"));
            }
            default -> throw fail("kind", "未知的操作「" + kind + "」,应为 checkin、away、back、walkin、done、free 或 reclaim");
        };
    }

    private BoardAction walkin(LocalTime at) {
        only("type", "owner", "of", "who");
        String code = optionalText("type").orElse("new");
        WalkinType type = WalkinType.byCode(code).orElseThrow(() -> fail("type",
                "未知的客户类型「" + code + "」,应为 new、old、appointment、nonbuyer、brochure、repeat 或 relation"));
        OptionalInt of = OptionalInt.empty();
        JsonNode o = node.get("of");
        if (o != null) {
            if (!o.canConvertToInt() || !o.isIntegralNumber()) {
                throw fail("of", "应为之前一条来客的序号(整数)");
            }
            of = OptionalInt.of(o.intValue());
        }
        return new BoardAction.Walkin(at, type, optionalText("owner"), of, optionalText("who"));
    }

    /** Refuses fields that do not belong to this kind; {@code at} and {@code kind} belong to all. */
    private void only(String... fields) {
        Set<String> allowed = new java.util.HashSet<>(Set.of(fields));
        allowed.add("at");
        allowed.add("kind");
        BoardDayJson.unknownFields(node, allowed, place);
    }

    private LocalTime time() {
        String t = text("at");
        try {
            if (!t.matches("\\d{2}:\\d{2}")) {
                throw new DateTimeParseException("", t, 0);
            }
            return LocalTime.parse(t, HH_MM);
        } catch (DateTimeParseException e) {
            throw fail("at", "「" + t + "」不是 HH:mm 格式的时间");
        }
    }

    private String text(String field) {
        return optionalText(field).orElseThrow(() -> fail(field, "缺少字段"));
    }

    private Optional<String> optionalText(String field) {
        return BoardDayJson.optionalText(node, field, place + field);
    }

    private boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw fail(field, "缺少字段");
        }
        if (!v.isBoolean()) {
            throw fail(field, "应为 true 或 false");
        }
        return v.booleanValue();
    }

    private BoardFormatException fail(String field, String reason) {
        return new BoardFormatException(place + field + ": " + reason);
    }
}
