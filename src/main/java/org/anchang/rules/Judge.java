package org.anchang.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.anchang.customer.Phone;
import org.anchang.register.Entry;

/** Judges a dossier: replays its entries up to the question's moment and answers who owns the customer. */
public final class Judge {

    private Judge() {
    }

    public static Verdict judge(Dossier d) {
        List<Entry> events = new ArrayList<>(d.events());
        events.sort(Comparator.comparing(Entry::at)); // List.sort is stable: equal times keep file order
        Dossier.Question q = d.question().orElseGet(() -> defaultQuestion(events));
        Replay replay = new Replay(d.policy(), d.consultants(), true);
        int later = 0;
        for (Entry e : events) {
            if (e.at().isAfter(q.at())) {
                later++;
            } else {
                replay.apply(e);
            }
        }
        Owner owner = replay.ownerAt(q.phone(), q.at());
        if (d.escalated()) {
            replay.escalated(q.phone(), q.at());
        }
        List<TrailLine> trail = new ArrayList<>(replay.trail());
        if (later > 0) {
            int n = later;
            trail.add(new TrailLine(q.at(), RuleId.DSP_3, "问题时间之后的 " + n + " 条登记未计入本裁定 (DSP-3)"));
        }
        return new Verdict(d.policy().id(), q.phone().digits(), owner, replay.deals(), replay.penalties(), trail,
                replay.collisions(q.phone()), d.consultants());
    }

    /**
     * One entry of a dossier and what the judge made of it: whether it counts (not after the question), who owned
     * the entry's customer group just before it, and the trail lines applying it wrote (a lapse it found included).
     */
    public record Step(Entry entry, boolean counted, Optional<String> ownerBefore, List<TrailLine> lines) {
    }

    /** The dossier's entries in the judge's order, each with its own trail lines: the same replay as {@link #judge}. */
    public static List<Step> steps(Dossier d) {
        List<Entry> events = new ArrayList<>(d.events());
        events.sort(Comparator.comparing(Entry::at));
        Dossier.Question q = d.question().orElseGet(() -> defaultQuestion(events));
        Replay replay = new Replay(d.policy(), d.consultants(), true);
        List<Step> out = new ArrayList<>(events.size());
        for (Entry e : events) {
            if (e.at().isAfter(q.at())) {
                out.add(new Step(e, false, Optional.empty(), List.of()));
                continue;
            }
            Optional<String> before = e.phone().flatMap(p -> replay.peekOwner(p, e.at()));
            int from = replay.trailSize();
            replay.apply(e);
            out.add(new Step(e, true, before, replay.trailSince(from)));
        }
        return out;
    }

    /** CASE-FORMAT.md: without a question, the phone of the last event that has one, at the last event's time. */
    private static Dossier.Question defaultQuestion(List<Entry> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events: 没有任何登记,也没有 question,无从判断");
        }
        LocalDateTime at = events.get(events.size() - 1).at();
        for (int i = events.size() - 1; i >= 0; i--) {
            Optional<Phone> p = events.get(i).phone();
            if (p.isPresent()) {
                return new Dossier.Question(p.get(), at);
            }
        }
        throw new IllegalArgumentException("question: 登记中没有任何完整电话,须写明 question.phone");
    }
}
