-- Customer grading 客户评级 (GRD-1, issue 5): a register kind like the others, append-only; a new grading is a
-- new entry. The class (A–D) is not stored: the judge derives it from the scores and the office's weights.
CREATE TABLE grade (
    entry_id   BIGINT PRIMARY KEY REFERENCES entry(id),
    by_id      VARCHAR(32)  NOT NULL,
    phone      VARCHAR(12)  NOT NULL,
    finance    INT          NOT NULL,                -- 财力, 1–5
    motive     INT          NOT NULL,                -- 购买动机
    credit     INT          NOT NULL,                -- 信用
    background INT          NOT NULL,                -- 社会背景
    contact    INT          NOT NULL,                -- 沟通质量
    timing     INT          NOT NULL,                -- 购买时机
    declined   BOOLEAN      NOT NULL,                -- the customer said outright they will not buy: 无效
    note       VARCHAR(500)
);
CREATE INDEX grade_phone ON grade(phone);

-- The customer file reads one customer group's entries by phone from every register kind.
CREATE INDEX channel_report_phone ON channel_report(phone);
CREATE INDEX prospect_phone ON prospect(phone);
CREATE INDEX deal_phone ON deal(phone);
CREATE INDEX assist_phone ON assist(phone);
CREATE INDEX owner_confirm_phone ON owner_confirm(phone);
CREATE INDEX complaint_phone ON complaint(phone);
CREATE INDEX assignment_phone ON assignment(phone);
CREATE INDEX visit_referred_by ON visit(referred_by);
CREATE INDEX visit_relation_to ON visit(relation_to);
CREATE INDEX customer_name ON customer(name);
