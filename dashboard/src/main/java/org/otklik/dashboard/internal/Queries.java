package org.otklik.dashboard.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Network;
import org.otklik.core.Topic;
import org.otklik.store.Store;

/**
 * The dashboard's read queries. Every one takes the user's municipality (and, for department-bound roles, the
 * department) as a bound parameter of the SQL itself: another municipality's rows never leave the database.
 */
public final class Queries {
    private final Store store;

    public Queries(Store store) {
        this.store = store;
    }

    /** A case with the first characters of its post's text. */
    public record CaseRow(Case k, String text) {
    }

    public List<Views.FeedItem> feed(String municipality, Views.FeedFilter f, List<Long> onlyIds, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, p.network, p.source, p.author, p.text, p.url, p.published_at, p.fetched_at,
                       c.relevant, c.topics, c.settlement, c.street, c.house, c.importance, c.filter, c.reasons,
                       k.id AS case_id, k.step AS case_step
                FROM posts p LEFT JOIN classifications c ON c.post_id = p.id LEFT JOIN cases k ON k.post_id = p.id
                WHERE p.municipality = ?""");
        List<Object> args = new ArrayList<>();
        args.add(municipality);
        if (onlyIds != null) {
            if (onlyIds.isEmpty()) {
                return List.of();
            }
            sql.append(" AND p.id IN (").append(String.join(",", onlyIds.stream().map(i -> "?").toList())).append(")");
            args.addAll(onlyIds);
        }
        if (Fmt.has(f.network())) {
            sql.append(" AND p.network = ?");
            args.add(f.network());
        }
        if (Fmt.has(f.topic())) {
            sql.append(" AND (',' || c.topics || ',') LIKE ?");
            args.add("%," + likeEscape(f.topic()) + ",%");
        }
        if (Fmt.has(f.place())) {
            sql.append(" AND (LOWER(c.settlement) LIKE ? ESCAPE '\\' OR LOWER(c.street) LIKE ? ESCAPE '\\')");
            String p = "%" + likeEscape(f.place().strip().toLowerCase(java.util.Locale.ROOT)) + "%";
            args.add(p);
            args.add(p);
        }
        if (Fmt.has(f.importance())) {
            sql.append(" AND c.importance = ?");
            args.add(f.importance());
        }
        if (Fmt.has(f.filter())) {
            sql.append(" AND c.filter = ?");
            args.add(f.filter());
        }
        if ("yes".equals(f.relevant()) || "no".equals(f.relevant())) {
            sql.append(" AND c.relevant = ?");
            args.add("yes".equals(f.relevant()));
        }
        sql.append(" ORDER BY p.municipality, p.id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return store.transaction("read feed of " + municipality, c -> items(c, sql.toString(), args));
    }

    public List<Views.FeedItem> excluded(String municipality, int limit) {
        String sql = """
                SELECT p.id, p.network, p.source, p.author, p.text, p.url, p.published_at, p.fetched_at,
                       c.relevant, c.topics, c.settlement, c.street, c.house, c.importance, c.filter, c.reasons,
                       k.id AS case_id, k.step AS case_step
                FROM posts p JOIN classifications c ON c.post_id = p.id LEFT JOIN cases k ON k.post_id = p.id
                WHERE p.municipality = ? AND c.filter <> 'none'
                ORDER BY p.municipality, p.id DESC FETCH FIRST """ + " " + limit + " ROWS ONLY";
        return store.transaction("read excluded posts of " + municipality, c -> items(c, sql, List.of(municipality)));
    }

    /** Open cases by answer deadline, soonest first; {@code department} non-null limits to that department's cases. */
    public List<CaseRow> board(String municipality, String department, CaseStep step, int limit) {
        StringBuilder sql = new StringBuilder("SELECT k.*, p.text AS post_text FROM cases k JOIN posts p ON p.id = k.post_id WHERE k.municipality = ?");
        List<Object> args = new ArrayList<>();
        args.add(municipality);
        if (department != null) {
            sql.append(" AND (k.executor = ? OR (',' || k.co_executors || ',') LIKE ?)");
            args.add(department);
            args.add("%," + likeEscape(department) + ",%");
        }
        if (step != null) {
            sql.append(" AND k.step = ?");
            args.add(step.code());
        } else {
            sql.append(" AND k.step NOT IN ('published', 'excluded')");
        }
        sql.append(" ORDER BY k.municipality, k.answer_due_at FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return store.transaction("read case board of " + municipality, c -> {
            List<CaseRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CaseRow(Store.caseRow(rs), Fmt.snippet(rs.getString("post_text"), 160)));
                    }
                }
            }
            return out;
        });
    }

    /** The case if this user may see it: same municipality, and for a department-bound user, its department's. */
    public Optional<Case> visibleCase(long id, String municipality, String department) {
        return store.caseById(id).filter(k -> k.municipality().equals(municipality)
                && (department == null || department.equals(k.executor()) || k.coExecutors().contains(department)));
    }

    /** Published cases per executor: on time, late; and open cases already past their answer deadline. */
    public List<long[]> timeliness(String municipality, Instant since, Instant now, List<String> executorsOut) {
        return store.transaction("report timeliness of " + municipality, c -> {
            Map<String, long[]> by = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT k.executor, SUM(CASE WHEN a.at <= k.answer_due_at THEN 1 ELSE 0 END), COUNT(*)
                    FROM cases k JOIN audit_log a ON a.case_id = k.id AND a.to_step = 'published'
                    WHERE k.municipality = ? AND k.detected_at >= ? AND k.executor IS NOT NULL
                    GROUP BY k.executor""")) {
                ps.setString(1, municipality);
                ps.setObject(2, since.atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long onTime = rs.getLong(2);
                        by.computeIfAbsent(rs.getString(1), k -> new long[3])[0] = onTime;
                        by.get(rs.getString(1))[1] = rs.getLong(3) - onTime;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT k.executor, COUNT(*) FROM cases k
                    WHERE k.municipality = ? AND k.step NOT IN ('published', 'excluded') AND k.answer_due_at < ? AND k.executor IS NOT NULL
                    GROUP BY k.executor""")) {
                ps.setString(1, municipality);
                ps.setObject(2, now.atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        by.computeIfAbsent(rs.getString(1), k -> new long[3])[2] = rs.getLong(2);
                    }
                }
            }
            executorsOut.addAll(by.keySet());
            return new ArrayList<>(by.values());
        });
    }

    /** Cases opened since a moment: (lead topic, detection instant) pairs, for the dynamics chart. */
    public List<Map.Entry<Topic, Instant>> topicsSince(String municipality, Instant since) {
        return store.transaction("report topics of " + municipality, c -> {
            List<Map.Entry<Topic, Instant>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT topics, detected_at FROM cases WHERE municipality = ? AND detected_at >= ? AND step <> 'excluded'")) {
                ps.setString(1, municipality);
                ps.setObject(2, since.atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String t = rs.getString(1);
                        if (t == null || t.isEmpty()) {
                            continue;
                        }
                        String lead = t.split(",", 2)[0];
                        try {
                            out.add(Map.entry(Topic.fromCode(lead), rs.getObject(2, OffsetDateTime.class).toInstant()));
                        } catch (IllegalArgumentException e) {
                            // a topic code from a newer classifier version: left out of the chart, not a crash
                        }
                    }
                }
            }
            return out;
        });
    }

    public List<Views.PlaceCount> places(String municipality, Instant since, int limit) {
        return store.transaction("report places of " + municipality, c -> {
            List<Views.PlaceCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT settlement, street, COUNT(*) AS n FROM cases
                    WHERE municipality = ? AND detected_at >= ? AND (settlement IS NOT NULL OR street IS NOT NULL)
                    GROUP BY settlement, street ORDER BY n DESC FETCH FIRST """ + " " + limit + " ROWS ONLY")) {
                ps.setString(1, municipality);
                ps.setObject(2, since.atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Views.PlaceCount(Fmt.place(rs.getString(1), rs.getString(2), null), rs.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    private static List<Views.FeedItem> items(Connection c, String sql, List<Object> args) throws SQLException {
        List<Views.FeedItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
                    OffsetDateTime fetched = rs.getObject("fetched_at", OffsetDateTime.class);
                    boolean relevant = rs.getBoolean("relevant");
                    Boolean rel = rs.wasNull() ? null : relevant;
                    String topics = rs.getString("topics");
                    String reasons = rs.getString("reasons");
                    long caseId = rs.getLong("case_id");
                    Long cid = rs.wasNull() ? null : caseId;
                    String step = rs.getString("case_step");
                    out.add(new Views.FeedItem(rs.getLong("id"), network(rs.getString("network")), rs.getString("source"),
                            rs.getString("author"), rs.getString("text"), rs.getString("url"),
                            (published != null ? published : fetched).toInstant(), rel, topics(topics),
                            Fmt.place(rs.getString("settlement"), rs.getString("street"), rs.getString("house")),
                            rs.getString("importance"), rs.getString("filter"),
                            reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")),
                            cid, step == null ? null : CaseStep.fromCode(step)));
                }
            }
        }
        return out;
    }

    private static Network network(String code) {
        try {
            return Network.fromCode(code);
        } catch (IllegalArgumentException e) {
            return Network.WEB;
        }
    }

    private static List<Topic> topics(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        List<Topic> out = new ArrayList<>();
        for (String t : joined.split(",")) {
            try {
                out.add(Topic.fromCode(t));
            } catch (IllegalArgumentException e) {
                // unknown code from a newer classifier: shown without it
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
