package org.anchang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three message bundles ({@code messages_zh_CN}, the Chinese default {@code messages}, {@code messages_en}) hold
 * the same keys, none empty or twice, with the same {@code MessageFormat} arguments; and every key the screens ask for
 * ({@code getString("…")}, a key literal in {@code ui} code, FXML {@code %key}) is in them.
 */
class MessagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/org/anchang/ui");
    static final List<String> FILES = List.of("messages_zh_CN.properties", "messages.properties", "messages_en.properties");

    /** Each file's keys and values in file order, read the way {@code ResourceBundle} reads them (UTF-8). */
    static Map<String, Map<String, String>> bundles() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String f : FILES) {
            all.put(f, entries(BUNDLES.resolve(f)));
        }
        return all;
    }

    static Map<String, String> entries(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        keysInOrder(file).forEach(k -> m.put(k, properties(file).getProperty(k)));
        return m;
    }

    /** Every key as often as the file gives it. */
    static List<String> keysInOrder(Path file) {
        List<String> keys = new ArrayList<>();
        java.util.Properties p = new java.util.Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                keys.add((String) key);
                return super.put(key, value);
            }
        };
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    static java.util.Properties properties(Path file) {
        java.util.Properties p = new java.util.Properties();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void noKeyIsGivenTwice() {
        for (String f : FILES) {
            Map<String, Long> counted = keysInOrder(BUNDLES.resolve(f)).stream()
                    .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
            assertThat(counted.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                    .as("keys given twice in " + f + " (the later one silently wins)").isEmpty();
        }
    }

    @Test
    void everyBundleHasEveryKey() {
        Map<String, Map<String, String>> all = bundles();
        Set<String> union = new TreeSet<>();
        all.values().forEach(b -> union.addAll(b.keySet()));
        for (var b : all.entrySet()) {
            Set<String> missing = new TreeSet<>(union);
            missing.removeAll(b.getValue().keySet());
            assertThat(missing).as("keys missing in " + b.getKey()).isEmpty();
        }
    }

    @Test
    void noValueIsEmpty() {
        for (var b : bundles().entrySet()) {
            assertThat(b.getValue().entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList())
                    .as("empty values in " + b.getKey()).isEmpty();
        }
    }

    /** The chinese default must be the zh_CN text: a machine without a Chinese locale still shows Chinese. */
    @Test
    void theDefaultBundleIsTheChineseOne() {
        Map<String, Map<String, String>> all = bundles();
        assertThat(all.get("messages.properties")).isEqualTo(all.get("messages_zh_CN.properties"));
    }

    /**
     * A message with arguments has the same argument numbers in every language, is a valid pattern, and has no lone
     * apostrophe (which {@code MessageFormat} takes as a quote and would swallow the text after it).
     */
    @Test
    void placeholdersMatchBetweenLanguages() {
        Map<String, Map<String, String>> all = bundles();
        Map<String, String> zh = all.get("messages_zh_CN.properties");
        List<String> problems = new ArrayList<>();
        for (String key : zh.keySet()) {
            Map<String, Set<Integer>> args = new TreeMap<>();
            for (var b : all.entrySet()) {
                String v = b.getValue().get(key);
                if (v == null) {
                    continue; // reported by everyBundleHasEveryKey
                }
                Set<Integer> used = arguments(v);
                args.put(b.getKey(), used);
                if (!used.isEmpty() && v.replace("''", "").contains("'")) {
                    problems.add(b.getKey() + " " + key + ": a lone ' in a pattern with arguments (write '')");
                }
            }
            if (args.values().stream().distinct().count() > 1) {
                problems.add(key + ": arguments differ " + args);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theArgumentReaderSeesWhatMessageFormatSees() {
        assertThat(arguments("共 {0} 组,{1,number,integer} 人")).containsExactly(0, 1);
        assertThat(arguments("Next: {1}")).containsExactly(1);
        assertThat(arguments("no arguments")).isEmpty();
        assertThat(arguments("'{0}' is quoted")).isEmpty();
    }

    /** The argument numbers a pattern really formats, found by formatting it with marked arguments. */
    static Set<Integer> arguments(String pattern) {
        if (!pattern.contains("{")) {
            return Set.of(); // shown with getString alone, never through MessageFormat
        }
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
        int n = f.getFormatsByArgumentIndex().length;
        Object[] marks = IntStream.range(0, n).mapToObj(i -> (Object) 0).toArray();
        Set<Integer> used = new TreeSet<>();
        String base = f.format(marks);
        for (int i = 0; i < n; i++) {
            Object[] changed = marks.clone();
            changed[i] = 7_777_777;
            if (!f.format(changed).equals(base)) {
                used.add(i);
            }
        }
        return used;
    }

    static final Pattern GET_STRING = Pattern.compile("getString\\(\\s*\"([^\"]+)\"\\s*\\)");
    static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    static final Pattern FXML_KEY = Pattern.compile("=\\s*\"%([^\"]+)\"");
    static final Pattern FILE_NAME = Pattern.compile(".*\\.(db|css|fxml|json|png|ico|log|properties|xlsx|zip)$");

    /**
     * Keys the screens use ({@code org.anchang.ui}, the only package that reads the bundles): {@code getString("…")},
     * string literals that
     * look like a key of a family the bundles have ({@code "board.done.walkin"} handed on to be looked up later),
     * and {@code %key} in FXML.
     */
    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Map<String, String> zh = bundles().get("messages_zh_CN.properties");
        Set<String> families = zh.keySet().stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        Map<String, String> used = new TreeMap<>();
        for (Path f : files(Path.of("src/main/java/org/anchang/ui"), ".java")) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            find(GET_STRING, text, f, used);
            Matcher m = KEY_LITERAL.matcher(text);
            while (m.find()) {
                String k = m.group(1);
                if (families.contains(k.substring(0, k.indexOf('.'))) && !FILE_NAME.matcher(k).matches()) {
                    used.putIfAbsent(k, f.toString());
                }
            }
        }
        for (Path f : files(Path.of("src/main/resources"), ".fxml")) {
            find(FXML_KEY, Files.readString(f, StandardCharsets.UTF_8), f, used);
        }
        assertThat(used).as("keys found in the code").containsKeys("board.done.walkin", "app.title", "board.action.walkin");
        Map<String, String> missing = new TreeMap<>(used);
        missing.keySet().removeAll(zh.keySet());
        assertThat(missing).as("keys used in the code (key=file) but in no bundle").isEmpty();
    }

    private static void find(Pattern p, String text, Path file, Map<String, String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.putIfAbsent(m.group(1), file.toString());
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
