package org.anchang.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.anchang.register.Grade;

/**
 * Customer grading 客户分级 (GRD-1), the seed's 量化分析法: six factors scored 1–5, weighted by the office's
 * weights into 0–100, and the class A 优质 / B 意向 / C 潜在 / D 无效. A customer who says outright that they
 * will not buy is D whatever the scores (案场客户界定制度: 无效客户「已经明确表示不会购买房屋」).
 * Weights are office settings {@code grading.weight.<factor>}; an unset or unreadable one takes the default.
 */
public final class Grading {

    /** The factors the seed's grading texts name, with the default weight (they add up to 100). */
    public enum Factor {
        FINANCE("finance", "财力", 25),
        MOTIVE("motive", "购买动机", 20),
        CREDIT("credit", "信用", 10),
        BACKGROUND("background", "社会背景", 10),
        CONTACT("contact", "沟通质量", 10),
        TIMING("timing", "购买时机", 25);

        private final String key;
        private final String chinese;
        private final int defaultWeight;

        Factor(String key, String chinese, int defaultWeight) {
            this.key = key;
            this.chinese = chinese;
            this.defaultWeight = defaultWeight;
        }

        /** The English key of the setting and the form: {@code finance}. */
        public String key() {
            return key;
        }

        public String chinese() {
            return chinese;
        }

        public int defaultWeight() {
            return defaultWeight;
        }

        /** The office setting that holds this factor's weight: {@code grading.weight.finance}. */
        public String settingKey() {
            return "grading.weight." + key;
        }

        /** This factor's score in a grading. */
        public int score(Grade g) {
            return switch (this) {
                case FINANCE -> g.finance();
                case MOTIVE -> g.motive();
                case CREDIT -> g.credit();
                case BACKGROUND -> g.background();
                case CONTACT -> g.contact();
                case TIMING -> g.timing();
            };
        }
    }

    /** The default class set of SPEC §9. */
    public enum Level {
        A("优质"), B("意向"), C("潜在"), D("无效");

        private final String chinese;

        Level(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** A grading's outcome: the weighted score 0–100 and the class. */
    public record Result(double score, Level level, boolean declined) {
    }

    /** A score outside 1–5, named by its factor. */
    public record Problem(Factor factor, String message) {
    }

    /** The lowest score of each class on the 0–100 scale (a weighted mean of 4, 3 and 2 out of 5). */
    public static final double A_FROM = 75;
    public static final double B_FROM = 50;
    public static final double C_FROM = 25;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final double MAX_WEIGHT = 100;

    private final Map<Factor, Double> weights;

    private Grading(Map<Factor, Double> weights) {
        this.weights = weights;
    }

    /** The default weights (25, 20, 10, 10, 10, 25). */
    public static Grading defaults() {
        Map<Factor, Double> w = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            w.put(f, (double) f.defaultWeight());
        }
        return new Grading(w);
    }

    /**
     * The weights the office set, read by {@code setting} (e.g. {@code Office::setting}); a missing or unreadable
     * value takes the factor's default, and weights that are all zero give the defaults.
     */
    public static Grading fromSettings(Function<String, Optional<String>> setting) {
        Map<Factor, Double> w = new EnumMap<>(Factor.class);
        double total = 0;
        for (Factor f : Factor.values()) {
            double v = setting.apply(f.settingKey()).flatMap(Grading::parseWeight).orElse((double) f.defaultWeight());
            w.put(f, v);
            total += v;
        }
        return total > 0 ? new Grading(w) : defaults();
    }

    public double weight(Factor f) {
        return weights.get(f);
    }

    /**
     * Checks a weight as the settings screen takes it: a number from 0 to 100. Returns it as stored
     * ({@code 25}, {@code 12.5}); throws {@link IllegalArgumentException} with a Chinese message otherwise.
     */
    public static String checkWeight(String typed) {
        Optional<Double> v = parseWeight(typed);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("权重应为0–100之间的数字,例如 25");
        }
        double d = v.get();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Optional<Double> parseWeight(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) && d >= 0 && d <= MAX_WEIGHT ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The first score outside 1–5, if any, for a form to show on its field. */
    public static Optional<Problem> check(Grade g) {
        for (Factor f : Factor.values()) {
            int s = f.score(g);
            if (s < MIN_SCORE || s > MAX_SCORE) {
                return Optional.of(new Problem(f, "应为" + MIN_SCORE + "–" + MAX_SCORE + "分,实为" + s));
            }
        }
        return Optional.empty();
    }

    /** GRD-1: the weighted score and the class of a grading. */
    public Result grade(Grade g) {
        Map<Factor, Integer> scores = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            scores.put(f, f.score(g));
        }
        return grade(scores, g.declined());
    }

    /** GRD-1 for scores as a form holds them (every factor present, each 1–5). */
    public Result grade(Map<Factor, Integer> scores, boolean declined) {
        double sum = 0;
        double total = 0;
        for (Factor f : Factor.values()) {
            int s = scores.get(f);
            if (s < MIN_SCORE || s > MAX_SCORE) {
                throw new IllegalArgumentException(f.chinese() + "应为" + MIN_SCORE + "–" + MAX_SCORE + "分");
            }
            sum += weights.get(f) * (s - MIN_SCORE) / (MAX_SCORE - MIN_SCORE);
            total += weights.get(f);
        }
        // Rounded to a millionth, so that weights like 0.1 do not put an exact 75 just under the line.
        double score = Math.round(sum / total * 100 * 1e6) / 1e6;
        return new Result(score, declined ? Level.D : level(score), declined);
    }

    static Level level(double score) {
        if (score >= A_FROM) {
            return Level.A;
        }
        if (score >= B_FROM) {
            return Level.B;
        }
        return score >= C_FROM ? Level.C : Level.D;
    }
}
