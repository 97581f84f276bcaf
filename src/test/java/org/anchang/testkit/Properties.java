package org.anchang.testkit;

import java.util.function.LongConsumer;

/**
 * A small property-test runner: a property is checked for many seeds, each seed driving a
 * {@link java.util.Random} generator in the test. A failure names the seed so it can be replayed.
 * (Used instead of jqwik: from 1.10 on, jqwik's maintainers ask that AI coding agents not use it.)
 * {@code -Danchang.seed=N} moves the seed range; {@code -Danchang.tries=N} multiplies the tries.
 */
public final class Properties {

    private Properties() {
    }

    public static void forAll(int tries, LongConsumer property) {
        long base = Long.getLong("anchang.seed", 20261130L);
        int n = tries * Integer.getInteger("anchang.tries", 1);
        for (int i = 0; i < n; i++) {
            long seed = mix(base + i);
            try {
                property.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed for seed " + seed + " (try " + i + " from -Danchang.seed=" + base + "): "
                        + e.getMessage(), e);
            }
        }
    }

    /** SplitMix64's finaliser, so that neighbouring tries get unrelated seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
