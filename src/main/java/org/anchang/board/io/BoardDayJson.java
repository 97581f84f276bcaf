package org.anchang.board.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchang.board.Assignment;
import org.anchang.board.BoardAction;
import org.anchang.board.BoardActionException;
import org.anchang.board.BoardDay;
import org.anchang.board.BoardRules;
import org.anchang.board.BoardState;
import org.anchang.board.Tally;
import org.anchang.board.WaitingCustomer;
import org.anchang.rules.Policy;
import org.anchang.rules.Presets;

/**
 * Reads and writes the board-day files of BOARD-FORMAT.md. Reading is strict (unknown fields are
 * refused, so that a misspelt {@code typ} cannot silently turn an old customer into a new one) and
 * every refusal is a {@link BoardFormatException} with one Chinese line naming the field.
 */
public final class BoardDayJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> TOP_FIELDS = Set.of("date", "policy", "order", "actions");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private BoardDayJson() {
    }

    /** Reads a board day from JSON text. */
    public static BoardDay read(String json, Optional<String> policyOverride) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "(第" + loc.getLineNr() + "行第" + loc.getColumnNr() + "列)";
            throw new BoardFormatException("文件不是有效的 JSON" + where);
        }
        if (root == null || !root.isObject()) {
            throw new BoardFormatException("文件不是有效的 JSON 对象");
        }
        unknownFields(root, TOP_FIELDS, "");
        LocalDate date = date(root);
        BoardRules rules = policyOverride.isPresent()
                ? rulesOf(policyOverride.get(), "--policy")
                : rulesOf(optionalText(root, "policy", "policy").orElse(Presets.DEFAULT), "policy");
        List<String> order = order(root);
        JsonNode list = root.get("actions");
        if (list == null || !list.isArray()) {
            throw new BoardFormatException("actions: " + (list == null ? "缺少字段" : "应为数组"));
        }
        List<BoardAction> actions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            actions.add(ActionReader.read(list.get(i), i));
        }
        try {
            return new BoardDay(date, order, rules, actions);
        } catch (BoardActionException e) {
            throw new BoardFormatException(e.getMessage());
        }
    }

    /** The board rules of a preset id of SPEC §11. */
    public static BoardRules rulesOf(String policyId, String field) {
        Policy p = Presets.get(policyId).orElseThrow(() -> new BoardFormatException(
                field + ": 未知的制度「" + policyId + "」,可选: " + String.join(", ", Presets.IDS)));
        return rulesOf(p);
    }

    /** The board rules of a policy in force (a preset with the office's overrides). */
    public static BoardRules rulesOf(Policy p) {
        BoardRules.AwayWithoutLeave away = "makeUp".equals(p.awayWithoutLeave())
                ? BoardRules.AwayWithoutLeave.MAKE_UP : BoardRules.AwayWithoutLeave.PASS;
        BoardRules.Nonbuyer nonbuyer = "inTurn".equals(p.nonbuyer())
                ? BoardRules.Nonbuyer.IN_TURN : BoardRules.Nonbuyer.LAST;
        return new BoardRules(away, nonbuyer, p.standInFirst());
    }

    /** The output of BOARD-FORMAT.md: assignments by walk-in index, then the tally in the day's order. */
    public static String write(BoardState state) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("assignments");
        List<Assignment> all = new ArrayList<>(state.assignments());
        // A group still waiting at the end of the day has nobody yet: to null, not counted, and the
        // rule that made it wait (a consultant with a customer takes no new one, ROT-4).
        for (WaitingCustomer w : state.waiting()) {
            all.add(new Assignment(w.index(), w.since(), Optional.empty(), false, "ROT-4"));
        }
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (Assignment a : all) {
            ObjectNode n = list.addObject();
            n.put("index", a.index());
            n.put("at", HH_MM.format(a.at()));
            if (a.to().isPresent()) {
                n.put("to", a.to().get());
            } else {
                n.putNull("to");
            }
            n.put("counted", a.counted());
            n.put("rule", a.rule());
        }
        ObjectNode tally = root.putObject("tally");
        state.tally().forEach((c, t) -> tallyOf(tally.putObject(c), t));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void tallyOf(ObjectNode n, Tally t) {
        n.put("turns", t.turns());
        n.put("makeups", t.makeups());
        n.put("passes", t.passes());
        n.put("creditsLeft", t.creditsLeft());
    }

    private static LocalDate date(JsonNode root) {
        JsonNode d = root.get("date");
        if (d == null) {
            throw new BoardFormatException("date: 缺少字段");
        }
        try {
            if (!d.isTextual()) {
                throw new DateTimeParseException("", "", 0);
            }
            return LocalDate.parse(d.asText());
        } catch (DateTimeParseException e) {
            throw new BoardFormatException("date: 「" + d.asText() + "」不是 yyyy-MM-dd 格式的日期");
        }
    }

    private static List<String> order(JsonNode root) {
        JsonNode o = root.get("order");
        if (o == null || !o.isArray()) {
            throw new BoardFormatException("order: " + (o == null ? "缺少字段" : "应为名字的数组"));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) {
            if (!o.get(i).isTextual()) {
                throw new BoardFormatException("order[" + i + "]: 应为名字(字符串)");
            }
            out.add(o.get(i).asText());
        }
        return out;
    }

    static Optional<String> optionalText(JsonNode n, String name, String place) {
        JsonNode v = n.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new BoardFormatException(place + ": 应为字符串");
        }
        return Optional.of(v.asText());
    }

    static void unknownFields(JsonNode n, Set<String> allowed, String prefix) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new BoardFormatException(prefix + f + ": 不认识的字段");
            }
        }
    }
}
