package org.anchang.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Customers by the part of their mobile number a channel report shows (first three and last five digits,
 * REG-6), as an int-keyed open-addressing table: one entry per mobile customer, built during the replay,
 * so it must cost no strings or boxes.
 */
final class MaskIndex {

    private int[] keys = new int[1024];
    private Object[] values = new Object[1024];
    private int size;

    /** The key of {@code 138***88888}: 138 × 100000 + 88888; -1 for a phone that is not a mobile. */
    static int key(String phone) {
        if (phone.length() != 11 || phone.charAt(0) != '1') {
            return -1;
        }
        int k = 0;
        for (int i = 0; i < 3; i++) {
            k = k * 10 + phone.charAt(i) - '0';
        }
        for (int i = 6; i < 11; i++) {
            k = k * 10 + phone.charAt(i) - '0';
        }
        return k;
    }

    static int key(String prefix, String suffix) {
        return key(prefix + "000" + suffix);
    }

    void add(int key, GroupState.Member m) {
        if (key < 0) {
            return;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key);
        if (values[i] == null) {
            keys[i] = key;
            values[i] = m;
            size++;
        } else if (values[i] instanceof GroupState.Member first) {
            List<GroupState.Member> list = new ArrayList<>(2);
            list.add(first);
            list.add(m);
            values[i] = list;
        } else {
            @SuppressWarnings("unchecked")
            List<GroupState.Member> list = (List<GroupState.Member>) values[i];
            list.add(m);
        }
    }

    @SuppressWarnings("unchecked")
    List<GroupState.Member> get(int key) {
        if (key < 0) {
            return List.of();
        }
        Object v = values[slot(key)];
        if (v == null) {
            return List.of();
        }
        return v instanceof GroupState.Member one ? List.of(one) : List.copyOf((List<GroupState.Member>) v);
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = (key * 0x9E3779B9) >>> 7 & mask;
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
