package org.anchang.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anchang.register.Entry;
import org.anchang.rules.Dossier;
import org.anchang.rules.io.DossierException;
import org.anchang.rules.io.DossierJson;

/**
 * Loads an office file ({@code sample-data/office.json}: a case file of the whole office with the people's
 * roles, the roster and the project name) into an empty office, as one action: all of it or nothing.
 */
public final class SampleLoader {

    /** What a load wrote. */
    public record Loaded(String project, int people, int rosterDays, int entries) {
    }

    private SampleLoader() {
    }

    /** The sample office inside the jar (copied from sample-data/office.json at build time). */
    public static String bundled() {
        try (java.io.InputStream in = SampleLoader.class.getResourceAsStream("/org/anchang/sample/office.json")) {
            if (in == null) {
                throw new OfficeException("示例", "内置示例缺失,请用 demo --file sample-data/office.json");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Loaded load(Office office, String json) {
        Dossier d;
        JsonNode root;
        try {
            d = DossierJson.read(json, Optional.empty());
            root = new ObjectMapper().readTree(json);
        } catch (DossierException e) {
            throw new OfficeException("示例文件", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String project = root.path("project").asText("示例案场");
        List<String[]> people = new ArrayList<>();
        root.path("consultants").forEach(c -> people.add(new String[] {c.path("id").asText(), c.path("name").asText(),
                c.path("role").asText("consultant")}));
        String manager = people.stream().filter(p -> p[2].equals("manager")).map(p -> p[0]).findFirst()
                .orElseThrow(() -> new OfficeException("示例文件", "没有经理(role: manager)"));
        return office.write(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM consultant").mapTo(Integer.class).one() > 0) {
                throw new OfficeException("数据目录", "已有案场数据;示例只能载入新的数据目录");
            }
            var now = office.now();
            people.stream().filter(p -> p[0].equals(manager)).forEach(p -> Staff.addPerson(h, now, p[0], p[1], p[2], "setup"));
            people.stream().filter(p -> !p[0].equals(manager)).forEach(p -> Staff.addPerson(h, now, p[0], p[1], p[2], manager));
            Staff.setProject(h, now, project, manager);
            Staff.setPolicy(h, now, d.policy().id(), Map.of(), manager);
            int days = 0;
            for (JsonNode day : root.path("roster")) {
                List<String> order = new ArrayList<>();
                day.path("order").forEach(o -> order.add(o.asText()));
                Staff.setRoster(h, now, LocalDate.parse(day.path("date").asText()), order, manager);
                days++;
            }
            String clerk = people.stream().filter(p -> p[2].equals("clerk")).map(p -> p[0]).findFirst().orElse(manager);
            RegisterDesk desk = new RegisterDesk(office);
            for (Entry e : d.events()) {
                desk.record(h, e, clerk);
            }
            return new Loaded(project, people.size(), days, d.events().size());
        });
    }
}
