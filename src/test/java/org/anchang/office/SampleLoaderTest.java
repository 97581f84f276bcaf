package org.anchang.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.anchang.customer.Phone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office file loads as one action: people with roles, roster, project, entries — or nothing. */
class SampleLoaderTest {

    @TempDir
    Path dir;

    static final String OFFICE = """
            {"project": "测试楼盘", "policy": "sales-dept",
             "consultants": [{"id": "M", "name": "经理", "role": "manager"}, {"id": "K", "name": "内业", "role": "clerk"},
                             {"id": "A", "name": "张三", "role": "consultant"}, {"id": "B", "name": "李四", "role": "consultant"}],
             "roster": [{"date": "2026-03-01", "order": ["A", "B"]}, {"date": "2026-03-02", "order": ["B", "A"]}],
             "events": [
               {"at": "2026-03-01T10:00", "kind": "visit", "by": "A", "customer": {"name": "王强", "phone": "13800001111"}},
               {"at": "2026-03-02T10:00", "kind": "visit", "by": "B", "customer": {"name": "王强", "phone": "13800001111"}}
             ]}""";

    @Test
    void anOfficeFileLoadsAsOneAction() {
        try (Office o = OfficeFixture.open(dir)) {
            SampleLoader.Loaded l = SampleLoader.load(o, OFFICE);
            assertThat(l).isEqualTo(new SampleLoader.Loaded("测试楼盘", 4, 2, 2));
            assertThat(RegisterDeskTest.standing(o, Phone.parse("13800001111")).owner()).isEqualTo(java.util.Optional.empty());
            assertThat(RegisterDeskTest.rows(o, "roster")).isEqualTo(2);
            String recordedBy = o.read(h -> h.createQuery("SELECT DISTINCT recorded_by FROM entry").mapTo(String.class).one());
            assertThat(recordedBy).isEqualTo("K");
        }
    }

    @Test
    void aSecondLoadOrABadFileWritesNothing() {
        try (Office o = OfficeFixture.open(dir)) {
            assertThatThrownBy(() -> SampleLoader.load(o, OFFICE.replace("\"by\": \"B\"", "\"by\": \"Q\"")))
                    .isInstanceOf(OfficeException.class).hasMessageContaining("events[1].by");
            assertThat(RegisterDeskTest.rows(o, "consultant")).isZero();
            SampleLoader.load(o, OFFICE);
            assertThatThrownBy(() -> SampleLoader.load(o, OFFICE)).hasMessageContaining("已有案场数据");
            assertThat(RegisterDeskTest.rows(o, "entry")).isEqualTo(2);
        }
    }
}
