-- The register forms' columns that the V1 kind tables have no place for (issue 5): a visit's first or repeat
-- visit (首访/复访), a call's source and intent, a prospect's intent and notes. One row per entry that has any;
-- a new table rather than new columns, because the audit chain hashes every column of a row (SELECT *), so a
-- column added to an audited table would change the hash of every row already written.
CREATE TABLE entry_extra (
    entry_id    BIGINT PRIMARY KEY REFERENCES entry(id),
    first_visit BOOLEAN,
    source      VARCHAR(64),
    intent      VARCHAR(16),
    notes       VARCHAR(1000)
);
