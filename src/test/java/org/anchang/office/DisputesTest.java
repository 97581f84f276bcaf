package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.anchang.cli.AnchangCommand;
import org.anchang.customer.Phone;
import org.anchang.register.Ruling;
import org.anchang.rules.DealShare;
import org.anchang.rules.Judge;
import org.anchang.rules.Presets;
import org.anchang.rules.SignOff;
import org.anchang.rules.Standing;
import org.anchang.rules.Verdict;
import org.anchang.rules.io.DossierJson;
import org.anchang.store.AuditLog;
import org.anchang.store.EntryStore;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispute wizard's use cases on the sample office: gathering, questions, verdict, save, print, record, finality. */
class DisputesTest {

    static final SignOff SIGNED = new SignOff("S01", "K01", "M01");

    @TempDir
    Path dir;

    static JsonNode sample(String name) throws Exception {
        return new ObjectMapper().readTree(Files.readString(Path.of("sample-data/dossiers/" + name + ".json")));
    }

    static DisputeCase openSample(Disputes d, String name) throws Exception {
        JsonNode q = sample(name).get("question");
        return d.open(q.get("phone").asText(), Optional.of(LocalDateTime.parse(q.get("at").asText())), "M01");
    }

    static int count(Office o, String sql) {
        Integer n = o.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
        return n;
    }

    static List<String> steps(Office o) {
        List<String> s = o.read(h -> h.createQuery("SELECT step FROM dispute_step ORDER BY id").mapTo(String.class).list());
        return s;
    }

    static String cli(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AnchangCommand.run(new PrintWriter(out), new PrintWriter(err), "judge", file.toString());
        assertThat(code).as(err.toString()).isZero();
        return out.toString().strip();
    }

    @Test
    void everySampleDisputeSavedAndJudgedByTheCommandLineGivesTheWizardsVerdictAndTheOfficesOwner() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            List<Disputes.GroupHit> all = d.allDisputes("M01");
            // The sample office's disputes: groups on which different consultants have entries.
            assertThat(all).hasSizeGreaterThan(600).allSatisfy(h -> assertThat(h.parties()).hasSizeGreaterThanOrEqualTo(2));
            Map<String, Standing> cache = o.read(CustomerCache::load);
            List<DealShare> officeDeals = o.replayed(l -> l.replay().deals());
            int n = 0;
            int voids = 0;
            for (Disputes.GroupHit h : all) {
                DisputeCase c = d.open(h.phone(), Optional.empty(), "M01");
                for (DisputeCase.Row r : c.rows()) {
                    if (r.kind().equals("来访(未登记)")) {
                        assertThat(r.marks()).contains("无效:有接待无登记 (DSP-2)");
                        voids++;
                    }
                }
                Path f = dir.resolve("case-" + n++ + ".json");
                d.save(c, f, "M01");
                assertThat(cli(f)).as(h.phone()).isEqualTo(c.verdictJson().strip());
                // The dossier holds everything the judge needs: its verdict is the whole office's replay for the group.
                assertThat(c.verdict().owner().who()).as(h.phone()).isEqualTo(cache.get(h.phone()).at(SampleDisputes.NOW).owner());
                List<DealShare> mine = c.verdict().deals().stream().filter(x -> c.phones().contains(x.phone())).toList();
                List<DealShare> office = officeDeals.stream().filter(x -> c.phones().contains(x.phone())).toList();
                assertThat(mine).extracting(DealShare::at, DealShare::by, DealShare::shares)
                        .as(h.phone()).isEqualTo(office.stream().map(x -> org.assertj.core.groups.Tuple.tuple(x.at(), x.by(), x.shares())).toList());
            }
            assertThat(voids).as("receptions without a register entry among the disputes").isPositive();
            assertThat(count(o, "SELECT COUNT(*) FROM dispute_step WHERE step = 'open'")).isEqualTo(all.size());
            assertThat(o.read(AuditLog::verify)).isEmpty();
        }
    }

    @Test
    void theSampleDossiersGatheredFromTheRegistersGetTheGeneratorsVerdicts() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office")); Stream<Path> files = Files.list(Path.of("sample-data/dossiers"))) {
            Disputes d = new Disputes(o);
            for (Path f : files.filter(p -> p.getFileName().toString().matches("d\\d\\d-.*\\.json")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".json", "");
                Verdict expected = Judge.judge(DossierJson.read(Files.readString(f), Optional.empty()));
                DisputeCase c = openSample(d, name);
                assertThat(c.verdict().owner().who()).as(name).isEqualTo(expected.owner().who());
                assertThat(c.verdict().deals()).extracting(DealShare::shares).as(name)
                        .isEqualTo(expected.deals().stream().map(DealShare::shares).toList());
                assertThat(c.verdict().penalties()).as(name).isEqualTo(expected.penalties());
            }
        }
    }

    @Test
    void onlyQuestionsThatChangeTheVerdictAreAskedAndAnAnswerBecomesAFactOfTheDossier() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            // d05: the friend named the absent owner, the last on duty helped and took a deposit: REF-3 20/80.
            DisputeCase c = openSample(d, "d05-referral-owner-absent");
            assertThat(c.verdict().deals().get(2).shares()).isEqualTo(Map.of("C03", 0.2, "C10", 0.8));
            DisputeCase.Question absent = c.questions().stream().filter(q -> q.key().equals("ownerAbsent")).findFirst().orElseThrow();
            assertThat(absent.current()).isEqualTo("true");
            assertThat(absent.matters()).anySatisfy(m -> assertThat(m).startsWith("REF-3").contains("销售部客户管理制度及佣金制度"));
            // Under sales-dept whether the receiver knew changes nothing (SPLIT-2 and SPLIT-5 both give all to the owner): not asked.
            assertThat(c.questions()).noneMatch(q -> q.key().equals("knowing") || q.key().equals("escalated"));
            // Every question asked has an answer that changes the outcome: judged again here, the verdict differs.
            for (DisputeCase.Question q : c.questions()) {
                boolean changes = q.options().stream().filter(x -> !x.value().equals(q.current()))
                        .anyMatch(x -> !DisputeBuilder.same(d.answer(c, q.id(), x.value(), "M01").verdict(), c.verdict()));
                assertThat(changes).as(q.id()).isTrue();
            }
            DisputeCase present = d.answer(c, absent.id(), "false", "M01");
            assertThat(present.facts()).containsExactly(new DisputeCase.Fact(absent.entry(), "ownerAbsent", "false"));
            assertThat(present.verdict().deals().get(2).shares()).isEqualTo(Map.of("C03", 1.0));
            assertThat(present.dossierJson()).doesNotContain("\"ownerAbsent\"");
            Path f = dir.resolve("present.json");
            d.save(present, f, "M01");
            assertThat(cli(f)).isEqualTo(present.verdictJson().strip());
            // Answering back as the registers have it leaves no fact.
            assertThat(d.answer(present, absent.id(), "true", "M01").facts()).isEmpty();
            assertThatThrownBy(() -> d.answer(c, absent.id(), "maybe", "M01")).isInstanceOf(OfficeException.class)
                    .hasMessageContaining("不是可选的答案");
            assertThat(count(o, "SELECT COUNT(*) FROM dispute_step WHERE step = 'answer'"))
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void dsp4_theWizardShowsByWhenTheReceiverHadToTellTheOwnerAndWhetherTheRegistersSayLate() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            DisputeCase c = openSample(d, "d06-stand-in-delegated");
            DisputeCase.Notice n = c.notices().get(0);
            assertThat(n.due()).contains(n.at().toLocalDate().plusDays(1).atTime(9, 30));
            assertThat(n.late()).isFalse();
            assertThat(n.text()).contains("视为按时告知").contains("DSP-4");
            DisputeCase.Question late = c.questions().stream().filter(q -> q.key().equals("notifiedLate")).findFirst().orElseThrow();
            DisputeCase told = d.answer(c, late.id(), "true", "M01");
            assertThat(told.notices().get(0).late()).isTrue();
            assertThat(told.verdict().penalties()).singleElement().satisfies(p -> assertThat(p.rule().id()).isEqualTo("PEN-1"));
        }
    }

    @Test
    void whatIfJudgesTheSameDossierUnderEveryOtherPresetWithoutChangingThePolicy() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            DisputeCase c = openSample(d, "d01-revisit-collision");
            List<DisputeCase.WhatIf> w = d.whatIf(c);
            assertThat(w).hasSize(Presets.IDS.size() - 1).extracting(DisputeCase.WhatIf::policy).doesNotContain("sales-dept");
            // protection-48h: the 48 hours are long over when the receiver registers: the deal is the receiver's.
            assertThat(w.stream().filter(x -> x.policy().equals("protection-48h")).findFirst().orElseThrow().deals()).contains("陈佳怡 100.0%");
            assertThat(w).anyMatch(DisputeCase.WhatIf::same);
            assertThat(o.policy().id()).isEqualTo("sales-dept");
        }
    }

    @Test
    void dsp1_aRulingNeedsTheTeamLeadTheClerkAndTheManagerAndIsThenFinal() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            DisputeCase c = openSample(d, "d05-referral-owner-absent");
            DisputeCase.Question absent = c.questions().stream().filter(q -> q.key().equals("ownerAbsent")).findFirst().orElseThrow();
            DisputeCase present = d.answer(c, absent.id(), "false", "M01");
            assertThatThrownBy(() -> d.record(present, new SignOff("C01", "K01", "M01"), "M01")).isInstanceOf(OfficeException.class)
                    .satisfies(e -> assertThat(((OfficeException) e).field()).isEqualTo("调解人")).hasMessageContaining("DSP-1");
            assertThatThrownBy(() -> d.record(present, new SignOff("S01", "C02", "M01"), "M01"))
                    .satisfies(e -> assertThat(((OfficeException) e).field()).isEqualTo("查档人"));
            assertThatThrownBy(() -> d.record(present, new SignOff("S01", "K01", "S01"), "M01"))
                    .satisfies(e -> assertThat(((OfficeException) e).field()).isEqualTo("判定人"));
            assertThatThrownBy(() -> d.record(present, SIGNED, "C03")).hasMessageContaining("操作人");
            assertThat(count(o, "SELECT COUNT(*) FROM ruling")).isZero();

            long id = d.record(present, SIGNED, "M01");
            // The office's replay honours it: the deposit of 9月22日 is all the owner's now, in the cache too.
            List<DealShare> deals = o.replayed(l -> l.replay().deals());
            assertThat(deals.stream().filter(x -> x.at().equals(present.verdict().deals().get(2).at())).findFirst().orElseThrow().shares())
                    .isEqualTo(Map.of("C03", 1.0));
            EntryStore.RulingPapers papers = d.papers(id).orElseThrow();
            assertThat(papers.verdict()).isEqualTo(present.verdictJson());
            assertThat(papers.facts()).contains("ownerAbsent").contains("原顾问在场");
            Path f = dir.resolve("recorded.json");
            Files.writeString(f, papers.dossier());
            assertThat(cli(f)).isEqualTo(papers.verdict().strip());

            // Opened again: the ruling is in the dossier, nothing before it is asked again, and it cannot be recorded twice.
            DisputeCase again = d.open(present.phone(), Optional.of(present.question()), "M01");
            assertThat(again.rows()).anySatisfy(r -> assertThat(r.marks()).contains("裁定,一判终身 (DSP-1)"));
            assertThat(again.recordable()).isFalse();
            assertThat(again.lastRuling()).contains(id);
            assertThat(again.questions()).allMatch(q -> q.entry() < 0);
            assertThat(again.verdict().deals().get(2).shares()).isEqualTo(Map.of("C03", 1.0));
            assertThatThrownBy(() -> d.record(again, SIGNED, "M01")).hasMessageContaining("一判终身");

            // Whatever regime the office turns to later, the ruling stands.
            new Staff(o).setPolicy("protection-48h", Map.of(), "M01");
            DisputeCase under48h = d.open(present.phone(), Optional.empty(), "M01");
            assertThat(under48h.verdict().deals().get(2).shares()).isEqualTo(Map.of("C03", 1.0));
            assertThat(under48h.verdict().owner().who()).contains("C03");
        }
    }

    @Test
    void aRecordedRulingCannotBeChangedByTheOfficeOrTheDatabaseOnlyAnnotated() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            DisputeCase c = openSample(d, "d01-revisit-collision");
            long id = d.record(c, SIGNED, "M01");
            RegisterDesk desk = new RegisterDesk(o);
            assertThatThrownBy(() -> desk.withdraw(id, "M01", "判错了")).isInstanceOf(OfficeException.class).hasMessageContaining("一判终身");
            Ruling other = new Ruling(c.question(), Phone.parse(c.phone()), Optional.of("C05"), Optional.empty(), true, List.of(), "sales-dept",
                    "S01", "K01", "M01");
            assertThatThrownBy(() -> desk.correct(id, other, "M01", "改判")).isInstanceOf(OfficeException.class).hasMessageContaining("一判终身");
            assertThatThrownBy(() -> desk.record(other, "M01")).isInstanceOf(OfficeException.class).hasMessageContaining("判客向导");
            for (String sql : List.of("UPDATE ruling SET owner = 'C05' WHERE entry_id = " + id, "DELETE FROM ruling WHERE entry_id = " + id,
                    "UPDATE entry SET at = at WHERE id = " + id, "DELETE FROM entry WHERE id = " + id)) {
                assertThatThrownBy(() -> o.database().jdbi().useHandle(h -> h.execute(sql))).as(sql).hasMessageContaining("一判终身");
            }
            // Other entries are not held by the ruling's guard (they are append-only by the office, not by a trigger).
            o.database().jdbi().useHandle(h -> assertThat(h.execute("UPDATE entry SET reason = reason WHERE id = 1")).isEqualTo(1));

            assertThatThrownBy(() -> d.annotate(id, " ", "M01")).isInstanceOf(OfficeException.class).hasMessageContaining("批注");
            long note = d.annotate(id, "客户来电确认,无异议", "M01");
            assertThat(d.notes(id)).singleElement().satisfies(n -> {
                assertThat(n.id()).isEqualTo(note);
                assertThat(n.text()).isEqualTo("客户来电确认,无异议");
                assertThat(n.by()).isEqualTo("何建平");
            });
            assertThatThrownBy(() -> o.database().jdbi().useHandle(h -> h.execute("UPDATE ruling_note SET note = 'x'"))).hasMessageContaining("一判终身");
            assertThat(d.papers(id).orElseThrow().verdict()).isEqualTo(c.verdictJson());
            assertThat(o.read(AuditLog::verify)).isEmpty();
            assertThat(steps(o))
                    .containsExactly("open", "record", "annotate");
        }
    }

    @Test
    void theVerdictSheetIsOneA4PageWithTheEntriesFactsVerdictTrailAndSignatures() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            DisputeCase c = openSample(d, "d02-knowing-poach");
            Path f = dir.resolve("裁定书.xlsx");
            d.print(c, SIGNED, f, "M01", org.anchang.excel.VerdictSheet::write);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
                Sheet s = wb.getSheetAt(0);
                PrintSetup ps = s.getPrintSetup();
                assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getFitToPage()).isTrue();
                assertThat(ps.getFitWidth()).isEqualTo((short) 1);
                assertThat(ps.getFitHeight()).isEqualTo((short) 1);
                StringBuilder all = new StringBuilder();
                s.forEach(r -> r.forEach(cell -> all.append(cell.getStringCellValue()).append('\n')));
                assertThat(all).contains("判客裁定书", "郑国栋", "林美华", "何建平", "刘俊杰", "黄诗雨", "SPLIT-5", "一、登记记录", "二、认定的事实",
                        "三、裁定", "四、依据", "五、签字");
                for (var t : c.verdict().trail()) {
                    assertThat(all).contains(t.text());
                }
            }
            assertThatThrownBy(() -> d.print(c, SIGNED, f, "C02", org.anchang.excel.VerdictSheet::write)).isInstanceOf(OfficeException.class);
        }
    }

    @Test
    void theSearchFindsGroupsByPhoneNameOrConsultantAndRefusesNonManagers() throws Exception {
        try (Office o = SampleDisputes.open(dir.resolve("office"))) {
            Disputes d = new Disputes(o);
            String phone = sample("d02-knowing-poach").get("question").get("phone").asText();
            assertThat(d.find(phone.substring(3, 11), "M01")).anySatisfy(h -> assertThat(h.phones()).contains(phone));
            assertThat(d.find("135 0000 1105", "M01")).singleElement().satisfies(h -> {
                assertThat(h.parties()).extracting(DisputeCase.Party::name).contains("刘俊杰", "黄诗雨");
                assertThat(h.collision()).isTrue();
                assertThat(h.deals()).isNotEmpty();
            });
            assertThat(d.find("孙健", "M01")).anySatisfy(h -> assertThat(h.phones()).contains(phone));
            assertThat(d.find("黄诗雨", "M01")).isNotEmpty().allSatisfy(h -> assertThat(h.parties()).extracting(DisputeCase.Party::id).contains("C08"));
            assertThat(d.find("", "M01")).hasSize(Disputes.LIMIT).first().satisfies(h -> assertThat(h.collision()).isTrue());
            assertThatThrownBy(() -> d.find("", "C01")).isInstanceOf(OfficeException.class).hasMessageContaining("操作人");
            assertThatThrownBy(() -> d.open(phone, Optional.empty(), "K01")).isInstanceOf(OfficeException.class);
            assertThatThrownBy(() -> d.open("12345", Optional.empty(), "M01")).isInstanceOf(OfficeException.class).hasMessageContaining("电话");
        }
    }
}
