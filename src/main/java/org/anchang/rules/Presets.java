package org.anchang.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        // Read by hand, not with java.util.Properties, to keep each parameter's comment: its seed clause.
        Map<Param, String> values = new EnumMap<>(Param.class);
        Map<Param, String> sources = new EnumMap<>(Param.class);
        String title = id;
        String comment = "";
        try (InputStream in = Presets.class.getResourceAsStream("presets/" + id + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("preset file missing: " + id);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.startsWith("#")) {
                    comment = t.substring(1).strip();
                } else if (t.contains("=")) {
                    String key = t.substring(0, t.indexOf('=')).strip();
                    String value = t.substring(t.indexOf('=') + 1).strip();
                    if (key.equals("title")) {
                        title = value;
                    } else {
                        Param param = Param.byKey(key)
                                .orElseThrow(() -> new IllegalStateException(id + ": unknown parameter " + key));
                        values.put(param, param.check(value));
                        sources.put(param, comment);
                    }
                    comment = "";
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Policy(id, title, values, Collections.unmodifiableMap(sources));
    }
}
