package org.anchang.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The eleven regimes of SPEC §11, read from {@code presets/<id>.properties} beside this class.
 * Each file names every {@link Param} with the seed clause it comes from.
 */
public final class Presets {

    /** The preset ids in the order of SPEC §11; the first is the default. */
    public static final List<String> IDS = List.of("sales-dept", "marketing-dept", "rotation-15d", "onsite-offsite",
            "eight-articles", "channel-report", "sales-office", "software-record", "protection-48h",
            "first-reception", "first-contact");

    public static final String DEFAULT = "sales-dept";

    private static final Map<String, Policy> CACHE = new ConcurrentHashMap<>();

    private Presets() {
    }

    public static Optional<Policy> get(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(id, Presets::load));
    }

    /** Every preset, in the order of {@link #IDS}. */
    public static List<Policy> all() {
        return IDS.stream().map(id -> get(id).orElseThrow()).toList();
    }

    private static Policy load(String id) {
        Properties p = new Properties();
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + id + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("preset file missing: " + id);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Param, String> values = new EnumMap<>(Param.class);
        for (String key : p.stringPropertyNames()) {
            if (key.equals("title")) {
                continue;
            }
            Param param = Param.byKey(key).orElseThrow(() -> new IllegalStateException(id + ": unknown parameter " + key));
            values.put(param, param.check(p.getProperty(key)));
        }
        return new Policy(id, p.getProperty("title", id), values);
    }
}
