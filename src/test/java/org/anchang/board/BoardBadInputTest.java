package org.anchang.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anchang.cli.AnchangCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad board files: exit 2 and one stderr line naming the action index and the field, no stack trace. */
class BoardBadInputTest {

    private static final String HEAD = "{\"date\":\"2026-03-07\",\"order\":[\"A\",\"B\"],\"actions\":[";
    private static final String IN = "{\"at\":\"09:00\",\"kind\":\"checkin\",\"who\":\"A\"},"
            + "{\"at\":\"09:00\",\"kind\":\"checkin\",\"who\":\"B\"},";

    @TempDir
    Path dir;

    private record Run(int exit, String out, List<String> err) {
    }

    private Run board(String json, String... more) throws IOException {
        Path f = dir.resolve("day.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("board", f.toString()));
        args.addAll(Arrays.asList(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString().lines().toList());
    }

    private void assertRefused(Run r, String place) {
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("stderr").hasSize(1);
        assertThat(r.err().get(0)).contains(place).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown kind              | {"at":"09:10","kind":"leave","who":"A"}                   | actions[2].kind: 未知的操作「leave」
            missing who               | {"at":"09:10","kind":"done"}                              | actions[2].who: 缺少字段
            missing permitted         | {"at":"09:10","kind":"away","who":"A"}                    | actions[2].permitted: 缺少字段
            missing at                | {"kind":"walkin"}                                         | actions[2].at: 缺少字段
            missing owner             | {"at":"09:10","kind":"walkin","type":"old"}               | actions[2].owner: 
            missing of                | {"at":"09:10","kind":"walkin","type":"repeat"}            | actions[2].of: 
            bad time format           | {"at":"9:10","kind":"walkin"}                             | actions[2].at: 「9:10」不是 HH:mm
            bad time value            | {"at":"25:00","kind":"walkin"}                            | actions[2].at: 「25:00」
            time going backwards      | {"at":"08:00","kind":"walkin"}                            | actions[2].at: 
            who not in order          | {"at":"09:10","kind":"checkin","who":"E"}                 | actions[2].who: 「E」不在当日顺序中
            owner not in order        | {"at":"09:10","kind":"walkin","type":"old","owner":"E"}   | actions[2].owner: 「E」不在当日顺序中
            of not a walk-in          | {"at":"09:10","kind":"walkin","type":"repeat","of":1}     | actions[2].of: 「1」不是之前一条来客的序号
            of not earlier            | {"at":"09:10","kind":"walkin","type":"repeat","of":2}     | actions[2].of: 「2」不是之前一条来客的序号
            of not a number           | {"at":"09:10","kind":"walkin","type":"repeat","of":"x"}   | actions[2].of: 
            unknown type              | {"at":"09:10","kind":"walkin","type":"vip"}               | actions[2].type: 未知的客户类型「vip」
            unknown field             | {"at":"09:10","kind":"walkin","typ":"old"}                | actions[2].typ: 不认识的字段
            permitted not boolean     | {"at":"09:10","kind":"away","who":"A","permitted":"yes"}  | actions[2].permitted: 
            who outside a free day    | {"at":"09:10","kind":"walkin","who":"A"}                  | actions[2].who: 
            action not an object      | 42                                                        | actions[2]: 
            reclaim without of        | {"at":"09:10","kind":"reclaim","owner":"A"}               | actions[2].of: 缺少字段
            reclaim of not a walk-in  | {"at":"09:10","kind":"reclaim","of":0,"owner":"A"}        | actions[2].of: 「0」不是之前一条来客的序号
            reclaim owner not in order| {"at":"09:10","kind":"reclaim","of":1,"owner":"E"}        | actions[2].owner: 「E」不在当日顺序中
            relation with an owner    | {"at":"09:10","kind":"walkin","type":"relation","owner":"A"} | actions[2].owner: 只有老客户或预约客户才有归属顾问
            """)
    void badActionIsNamedByIndexAndField(String what, String action, String message) throws IOException {
        assertRefused(board(HEAD + IN + action + "]}"), message.strip());
    }

    @Test
    void notJson() throws IOException {
        assertRefused(board("{\"date\": \"2026-03-07\", "), "不是有效的 JSON");
    }

    @Test
    void unknownPolicyInTheFile() throws IOException {
        assertRefused(board("{\"date\":\"2026-03-07\",\"policy\":\"nope\",\"order\":[\"A\"],\"actions\":[]}"),
                "policy: 未知的制度「nope」");
    }

    @Test
    void unknownPolicyOnTheCommandLine() throws IOException {
        assertRefused(board(HEAD + IN + "{\"at\":\"09:10\",\"kind\":\"walkin\"}]}", "--policy", "nope"),
                "--policy: 未知的制度「nope」");
    }

    @Test
    void missingDateAndBadOrder() throws IOException {
        assertRefused(board("{\"order\":[\"A\"],\"actions\":[]}"), "date: 缺少字段");
        assertRefused(board("{\"date\":\"2026-03-07\",\"order\":[\"A\",\"A\"],\"actions\":[]}"), "order[1]: ");
    }

    @Test
    void repeatOfAGroupStillWaitingIsFoundInTheReplay() throws IOException {
        String waits = "{\"at\":\"09:10\",\"kind\":\"walkin\"},{\"at\":\"09:11\",\"kind\":\"walkin\"},"
                + "{\"at\":\"09:12\",\"kind\":\"walkin\"},";
        assertRefused(board(HEAD + IN + waits + "{\"at\":\"09:20\",\"kind\":\"walkin\",\"type\":\"repeat\",\"of\":4}]}"),
                "actions[5].of: 第4条的客户仍在等待接待");
    }

    @Test
    void missingFile() {
        StringWriter err = new StringWriter();
        int exit = AnchangCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "board",
                dir.resolve("none.json").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1).allMatch(l -> l.contains("文件不存在"));
    }

    @Test
    void policyOnTheCommandLineWinsOverTheFile() throws IOException {
        String day = "{\"date\":\"2026-03-07\",\"policy\":\"sales-dept\",\"order\":[\"A\",\"B\"],\"actions\":[" + IN
                + "{\"at\":\"09:10\",\"kind\":\"away\",\"who\":\"A\",\"permitted\":false},"
                + "{\"at\":\"09:20\",\"kind\":\"walkin\"}]}";
        assertThat(board(day).out()).contains("\"passes\" : 0");
        Run r = board(day, "--policy", "rotation-15d");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"passes\" : 1");
    }
}
