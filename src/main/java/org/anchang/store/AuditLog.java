package org.anchang.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The tamper-evident audit chain: every write appends a row whose hash covers the previous row's hash,
 * the table, the row's key and a SHA-256 of the row's stored content. Keys are ids, never phones.
 * {@link #verify} recomputes every content hash from the rows as they are now and walks the chain.
 */
public final class AuditLog {

    /** Tables the chain covers and the column that keys their rows. */
    static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("consultant", "id"), Map.entry("roster", "id"), Map.entry("entry", "id"),
            Map.entry("visit", "entry_id"), Map.entry("phone_call", "entry_id"), Map.entry("follow_up", "entry_id"),
            Map.entry("channel_report", "entry_id"), Map.entry("prospect", "entry_id"), Map.entry("deal", "entry_id"),
            Map.entry("assist", "entry_id"), Map.entry("owner_confirm", "entry_id"), Map.entry("complaint", "entry_id"),
            Map.entry("assignment", "entry_id"), Map.entry("departure", "entry_id"), Map.entry("board_action", "id"),
            Map.entry("verdict", "id"), Map.entry("penalty", "id"), Map.entry("setting", "id"),
            Map.entry("credential", "id"), Map.entry("signin_attempt", "id"), Map.entry("entry_extra", "entry_id"),
            Map.entry("grade", "entry_id"),
            Map.entry("payment", "entry_id"), Map.entry("export_file", "id"),
            Map.entry("ruling", "entry_id"), Map.entry("ruling_note", "id"), Map.entry("dispute_step", "id"));

    static final String GENESIS = "0".repeat(64);

    private AuditLog() {
    }

    /** Appends the audit row for a row just written in {@code h}'s transaction. */
    public static void append(Handle h, LocalDateTime at, String actor, String table, Object key) {
        String content = contentHash(h, table, String.valueOf(key))
                .orElseThrow(() -> new IllegalStateException("audit: no row " + table + "#" + key));
        Optional<Map<String, Object>> last = h.createQuery("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").mapToMap().findFirst();
        long seq = last.map(r -> ((Number) r.get("seq")).longValue() + 1).orElse(1L);
        String prev = last.map(r -> (String) r.get("hash")).orElse(GENESIS);
        h.createUpdate("INSERT INTO audit(seq, at, actor, table_name, row_key, content_hash, prev_hash, hash) "
                        + "VALUES (:seq, :at, :actor, :t, :k, :c, :p, :h)")
                .bind("seq", seq).bind("at", at).bind("actor", actor).bind("t", table).bind("k", String.valueOf(key))
                .bind("c", content).bind("p", prev).bind("h", link(prev, table, String.valueOf(key), content)).execute();
    }

    /** The first broken link, in Chinese; empty when the whole chain holds. */
    public static Optional<String> verify(Handle h) {
        List<Map<String, Object>> rows = h.createQuery("SELECT * FROM audit ORDER BY seq").mapToMap().list();
        String prev = GENESIS;
        long expected = 1;
        for (Map<String, Object> r : rows) {
            long seq = ((Number) r.get("seq")).longValue();
            String table = (String) r.get("table_name");
            String key = (String) r.get("row_key");
            if (seq != expected) {
                return Optional.of("审计链第 " + expected + " 条缺失(下一条为第 " + seq + " 条)");
            }
            if (!prev.equals(r.get("prev_hash"))) {
                return Optional.of("审计链第 " + seq + " 条:前一条的哈希不符,链已断开");
            }
            Optional<String> content = contentHash(h, table, key);
            if (content.isEmpty()) {
                return Optional.of("审计链第 " + seq + " 条:" + table + " #" + key + " 已不存在(被删除)");
            }
            if (!content.get().equals(r.get("content_hash"))) {
                return Optional.of("审计链第 " + seq + " 条:" + table + " #" + key + " 的内容已被改动");
            }
            if (!link(prev, table, key, content.get()).equals(r.get("hash"))) {
                return Optional.of("审计链第 " + seq + " 条:本条哈希不符");
            }
            prev = (String) r.get("hash");
            expected++;
        }
        return Optional.empty();
    }

    /** The head of the chain (the last hash), for archives that want to be checked against the database later. */
    public static String head(Handle h) {
        return h.createQuery("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").mapTo(String.class).findFirst().orElse(GENESIS);
    }

    static Optional<String> contentHash(Handle h, String table, String key) {
        String column = KEYS.get(table);
        if (column == null) {
            throw new IllegalArgumentException("audit: table not covered: " + table);
        }
        var query = h.createQuery("SELECT * FROM " + table + " WHERE " + column + " = :k");
        // Bind a number as a number: a string compared with a BIGINT key would not use the key's index.
        if (table.equals("consultant")) {
            query.bind("k", key);
        } else {
            try {
                query.bind("k", Long.parseLong(key));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return query.map((rs, ctx) -> canonical(rs)).findFirst().map(AuditLog::sha256);
    }

    /** The row as text: columns sorted by name, each {@code name=value}, nulls marked. */
    private static String canonical(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        TreeMap<String, String> cols = new TreeMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String v = rs.getString(i);
            cols.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), v == null ? "\u2205" : v);
        }
        StringBuilder b = new StringBuilder();
        cols.forEach((k, v) -> b.append(k).append('=').append(v.length()).append(':').append(v).append(';'));
        return b.toString();
    }

    private static String link(String prev, String table, String key, String content) {
        return sha256(prev + "|" + table + "|" + key + "|" + content);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
