package org.anchang.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but valid dossiers for property tests: four consultants, a manager, an agent, five phones
 * (two of them sharing a masked key), every event kind, and times drawn from a small set so that
 * equal times are common.
 */
public final class RandomCases {

    static final String[] CONSULTANTS = {"A", "B", "C", "D"};
    static final String[] PHONES = {"13800001111", "13900003333", "13600006666", "13512360000", "13598760000"};

    private RandomCases() {
    }

    public static CaseBuilder build(long seed, String policy) {
        Random r = new Random(seed);
        CaseBuilder b = CaseBuilder.of(policy);
        int n = 5 + r.nextInt(30);
        List<String> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int day = 1 + r.nextInt(40);
            times.add(String.format("%02d-%02d %02d:00", day <= 31 ? 3 : 4, day <= 31 ? day : day - 31, 9 + r.nextInt(3) * 3));
        }
        times.sort(null);
        for (String t : times) {
            String by = pick(r, CONSULTANTS);
            String phone = pick(r, PHONES);
            switch (r.nextInt(12)) {
                case 0, 1, 2, 3 -> b.visit(t, by, "客户" + phone.substring(9), phone, e -> visitFacts(r, e));
                case 4 -> b.call(t, by, "客户" + phone.substring(9), phone);
                case 5 -> b.followup(t, by, phone);
                case 6 -> b.deal(t, by, phone, r.nextBoolean() ? "deposit" : "contract",
                        e -> e.put("knowing", r.nextInt(4) == 0).put("developerRelation", r.nextInt(15) == 0));
                case 7 -> b.report(t, r.nextBoolean() ? "X" : "Y", "客", r.nextBoolean() ? "135***60000" : phone, t);
                case 8 -> b.assist(t, by, phone, r.nextBoolean(), r.nextInt(3) == 0);
                case 9 -> b.confirm(t, by, phone);
                case 10 -> {
                    int k = r.nextInt(3);
                    if (k == 0) {
                        b.complaint(t, phone, by);
                    } else if (k == 1) {
                        b.assign(t, phone, by, "M");
                    } else {
                        b.leave(t, by);
                    }
                }
                default -> b.prospect(t, by, "客户" + phone.substring(9), phone);
            }
        }
        if (r.nextInt(4) == 0) {
            b.escalated();
        }
        return b;
    }

    private static void visitFacts(Random r, ObjectNode e) {
        if (r.nextInt(8) == 0) {
            e.put("registered", false);
        }
        if (r.nextInt(4) == 0) {
            e.put("named", pick(r, CONSULTANTS));
        }
        if (r.nextInt(5) == 0) {
            e.put("referredBy", pick(r, PHONES)).put("accompanied", r.nextBoolean());
        }
        if (r.nextInt(5) == 0) {
            e.put("standInFor", pick(r, CONSULTANTS)).put("delegated", r.nextBoolean());
        }
        if (r.nextInt(3) == 0) {
            e.put("ownerAbsent", true);
        }
        if (r.nextInt(6) == 0) {
            e.putObject("relation").put("to", pick(r, PHONES)).put("kind", pick(r, new String[] {"spouse", "parent", "child", "sibling", "friend"}));
        }
        if (r.nextInt(8) == 0) {
            e.put("purpose", r.nextBoolean() ? "sign" : "deposit");
        }
        if (r.nextInt(12) == 0) {
            e.put("friendOf", pick(r, CONSULTANTS));
        }
        if (r.nextInt(15) == 0) {
            e.put("quarrelBy", pick(r, CONSULTANTS));
        }
        if (r.nextInt(10) == 0) {
            e.put("notifiedLate", true);
        }
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    /** The events in a random order that keeps the file order of events with equal times. */
    static void shuffleKeepingTies(CaseBuilder b, long seed) {
        ArrayNode events = b.events;
        List<JsonNode> list = new ArrayList<>();
        events.forEach(list::add);
        java.util.Collections.shuffle(list, new Random(seed));
        List<JsonNode> original = new ArrayList<>();
        events.forEach(original::add);
        // Re-impose the original relative order within each equal-time class, leaving the classes shuffled.
        java.util.Map<String, java.util.Iterator<JsonNode>> byTime = new java.util.HashMap<>();
        for (JsonNode e : original) {
            byTime.computeIfAbsent(e.get("at").asText(), k -> original.stream().filter(x -> x.get("at").asText().equals(k)).iterator());
        }
        events.removeAll();
        for (JsonNode e : list) {
            events.add(byTime.get(e.get("at").asText()).next());
        }
    }
}
