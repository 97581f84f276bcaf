package org.anchang.office;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.rules.Dossier;
import org.anchang.rules.TrailLine;
import org.anchang.rules.Verdict;

/**
 * One dispute as the wizard holds it (判客档案): the group's entries from the registers, the manager's answers
 * (facts), the dossier they make, the judge's verdict on it, the rows of the 记录 step, the questions that can still
 * change the result and the DSP-4 notices. Immutable: every answer gives a new case.
 */
public record DisputeCase(String phone, String groupKey, LocalDateTime question, List<String> phones, List<Party> parties,
        List<Long> entryIds, List<Fact> facts, Dossier dossier, String dossierJson, Verdict verdict, String verdictJson,
        List<Row> rows, List<Question> questions, List<Notice> notices, Optional<Long> lastRuling, boolean recordable,
        String whyNotRecordable) {

    /** A consultant with entries on the group. */
    public record Party(String id, String name) {
    }

    /**
     * An answer: {@code entry} is the register number of the fact's entry (-1 for the whole dossier), {@code key} the question
     * (named, ownerAbsent, standIn, accompanied, purpose, notifiedLate, knowing, major, escalated, complaint).
     */
    public record Fact(long entry, String key, String value) {
    }

    /** One register entry of the dossier: when, what, who, for which customer; the judge's lines and the wizard's marks. */
    public record Row(int index, long number, LocalDateTime at, String kind, String who, String customer, String detail,
            boolean counted, List<String> marks, List<TrailLine> lines) {
    }

    /** One choice of a question: the value written into the dossier and its text. */
    public record Option(String value, String label) {
    }

    /**
     * A question whose answer changes the verdict under the office's policy (the judge decided that, by judging each
     * answer): its id ({@code key@number}), the register number of the entry it is about (-1: the whole dossier), the options, the answer in force and the registers'
     * own, and the rules and seed clauses the answer matters for.
     */
    public record Question(String id, long entry, String key, String about, String text, List<Option> options, String current,
            String registered, List<String> matters) {
    }

    /**
     * DSP-4: {@code receiver} took {@code owner}'s customer at {@code at} and had to tell them by {@code due} (empty where
     * the regime sets no time); {@code late} is what the registers (or the manager's answer) say.
     */
    public record Notice(int entry, String receiver, String owner, LocalDateTime at, Optional<LocalDateTime> due, boolean late,
            String text) {
    }

    /** What another preset decides on the same dossier (what-if; the office's policy is not changed). */
    public record WhatIf(String policy, String title, String owner, String deals, String penalties, boolean same) {
    }

    /** A note on a recorded ruling: who wrote it, when, what. */
    public record Note(long id, long ruling, String text, LocalDateTime at, String by) {
    }

    /** The facts as a map from question id to value. */
    public Map<String, String> answers() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        facts.forEach(f -> m.put(f.key() + "@" + f.entry(), f.value()));
        return m;
    }
}
