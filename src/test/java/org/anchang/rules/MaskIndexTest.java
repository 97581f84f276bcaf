package org.anchang.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The masked-phone index behind REG-6 and RPT-3: growth, shared keys, non-mobiles. */
class MaskIndexTest {

    @Test
    void reg6_findsEveryCustomerSharingTheVisibleDigitsAfterGrowing() {
        MaskIndex index = new MaskIndex();
        GroupState g = new GroupState();
        for (int i = 0; i < 5000; i++) {
            String phone = String.format("138%03d%05d", i % 1000, i);
            index.add(MaskIndex.key(phone), new GroupState.Member(phone, "客户" + i, g));
        }
        assertThat(index.get(MaskIndex.key("138", "00042"))).extracting(m -> m.phone).containsExactly("13804200042");
        GroupState.Member twin = new GroupState.Member("13899900042", "另一位", g);
        index.add(MaskIndex.key(twin.phone), twin);
        assertThat(index.get(MaskIndex.key("138", "00042"))).hasSize(2);
        assertThat(index.get(MaskIndex.key("139", "00042"))).isEmpty();
        assertThat(MaskIndex.key("057188886666")).isEqualTo(-1);
        assertThat(MaskIndex.key("13812345678")).isEqualTo(138 * 100000 + 45678);
    }
}
