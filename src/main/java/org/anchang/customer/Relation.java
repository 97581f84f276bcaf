package org.anchang.customer;

/** A family or social tie between two customers, as a visit records it (REG-4). */
public record Relation(Phone to, Kind kind) {

    /** Spouse, parent and child share one purchase need (同组); siblings and friends do not. */
    public enum Kind {
        SPOUSE("夫妻", true), PARENT("父母", true), CHILD("子女", true), SIBLING("兄弟姐妹", false), FRIEND("朋友", false);

        private final String chinese;
        private final boolean sameGroup;

        Kind(String chinese, boolean sameGroup) {
            this.chinese = chinese;
            this.sameGroup = sameGroup;
        }

        public String chinese() {
            return chinese;
        }

        public boolean sameGroup() {
            return sameGroup;
        }
    }
}
