package org.anchang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line: verdicts on stdout, bad input as one Chinese line on stderr with exit 2. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    Path write(String json) throws IOException {
        Path f = dir.resolve("case.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    static final String HEAD = "{\"consultants\":[{\"id\":\"A\",\"name\":\"张三\"},{\"id\":\"B\",\"name\":\"李四\"}],\"events\":[";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"events\": [|文件: 不是有效的JSON",
        "unknown kind|" + HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"visitt\",\"by\":\"A\"}]}|events[0].kind: 未知登记类型「visitt」",
        "bad phone|" + HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"visit\",\"by\":\"A\",\"customer\":{\"name\":\"王强\",\"phone\":\"12345\"}}]}|events[0].customer.phone: 手机号「12345」",
        "impossible date|" + HEAD + "{\"at\":\"2026-02-30T10:00\",\"kind\":\"followup\",\"by\":\"A\",\"phone\":\"13800001111\"}]}|events[0].at: 时间「2026-02-30T10:00」不存在",
        "unknown consultant|" + HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"followup\",\"by\":\"Z\",\"phone\":\"13800001111\"}]}|events[0].by: 顾问「Z」不在 consultants 名单中",
        "missing at|" + HEAD + "{\"kind\":\"followup\",\"by\":\"A\",\"phone\":\"13800001111\"}]}|events[0].at: 缺少此项",
        "missing field|" + HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"deal\",\"by\":\"A\",\"phone\":\"13800001111\",\"stage\":\"contract\"}]}|events[0].amount:",
        "second event|" + HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"followup\",\"by\":\"A\",\"phone\":\"13800001111\"},{\"at\":\"2026-03-01T10:00\",\"kind\":\"call\",\"by\":\"A\"}]}|events[1].customer: 缺少",
        "unknown policy|{\"policy\":\"nope\"," + "\"consultants\":[{\"id\":\"A\",\"name\":\"张三\"}],\"events\":[]}|policy: 未知制度「nope」",
        "bad override|{\"overrides\":{\"visitProtection\":\"7 days\"}," + "\"consultants\":[{\"id\":\"A\",\"name\":\"张三\"}],\"events\":[]}|overrides.visitProtection: 期限「7 days」",
        "wrong boolean|" + HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"visit\",\"by\":\"A\",\"customer\":{\"name\":\"王强\",\"phone\":\"13800001111\"},\"registered\":\"no\"}]}|events[0].registered: 应为 true 或 false",
    })
    void badInputIsOneChineseLineAndExitTwo(String what, String json, String expected) throws IOException {
        Run r = run("judge", write(json).toString());
        assertThat(r.code()).as(what).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileIsBadInputToo() {
        Run r = run("judge", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("文件不存在");
    }

    @Test
    void judgePrintsTheVerdictAndPolicyReplacesTheFilesOwn() throws IOException {
        Path f = write(HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"visit\",\"by\":\"A\",\"customer\":{\"name\":\"王强\",\"phone\":\"13800001111\"}},"
                + "{\"at\":\"2026-03-03T11:00\",\"kind\":\"visit\",\"by\":\"B\",\"customer\":{\"name\":\"王强\",\"phone\":\"13800001111\"}}]}");
        Run salesDept = run("judge", f.toString());
        assertThat(salesDept.code()).isZero();
        assertThat(salesDept.out()).contains("\"owner\" : \"A\"").contains("\"policy\" : \"sales-dept\"");
        Run h48 = run("judge", "--policy", "protection-48h", f.toString());
        assertThat(h48.out()).contains("\"owner\" : \"B\"").contains("\"policy\" : \"protection-48h\"");
        Run bad = run("judge", "--policy", "nope", f.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("错误: --policy: 未知制度");
    }

    @Test
    void explainPrintsTheTrailInChinese() throws IOException {
        Path f = write(HEAD + "{\"at\":\"2026-03-01T10:00\",\"kind\":\"visit\",\"by\":\"A\",\"customer\":{\"name\":\"王强\",\"phone\":\"13800001111\"}}]}");
        Run r = run("explain", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("归属:张三").contains("3月1日 10:00  张三 3月1日 首次登记来访「王强」,保护至 3月8日 (OWN-1,");
    }

    @Test
    void policiesListsTheElevenPresetsWithTheirParameters() {
        Run r = run("policies");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().filter(l -> !l.startsWith(" ") && !l.isBlank())).hasSize(11);
        assertThat(r.out()).contains("sales-dept (默认)").contains("unknowingSplit").contains("[0.5, 0.5]");
        assertThat(run("policies", "--id", "nope").code()).isEqualTo(2);
    }
}
