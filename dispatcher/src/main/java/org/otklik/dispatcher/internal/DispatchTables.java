package org.otklik.dispatcher.internal;

import static org.otklik.store.SqlInstants.instant;
import static org.otklik.store.SqlInstants.setInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.otklik.core.DeadlineKind;
import org.otklik.dispatcher.CaseProgress;
import org.otklik.dispatcher.CaseText;
import org.otklik.dispatcher.Violation;

/** SQL over the dispatcher's own tables (migration V300). Every method runs inside the caller's transaction. */
public final class DispatchTables {
    private DispatchTables() {
    }

    public static void insertProgress(Connection c, CaseProgress p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dispatch_cases (step_started_at, routed_at, interim_at, answered_at, final_draft_at, co_pending,
                    co_check_since, assignee, reworks, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            bind(ps, p);
            ps.executeUpdate();
        }
    }

    public static void updateProgress(Connection c, CaseProgress p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE dispatch_cases SET step_started_at = ?, routed_at = ?, interim_at = ?, answered_at = ?, final_draft_at = ?,
                    co_pending = ?, co_check_since = ?, assignee = ?, reworks = ? WHERE case_id = ?""")) {
            bind(ps, p);
            if (ps.executeUpdate() == 0) {
                insertProgress(c, p);
            }
        }
    }

    private static void bind(PreparedStatement ps, CaseProgress p) throws SQLException {
        setInstant(ps, 1, p.stepStartedAt());
        setInstant(ps, 2, p.routedAt());
        setInstant(ps, 3, p.interimAt());
        setInstant(ps, 4, p.answeredAt());
        setInstant(ps, 5, p.finalDraftAt());
        ps.setString(6, String.join(",", p.coPending()));
        setInstant(ps, 7, p.coCheckSince());
        ps.setString(8, p.assignee());
        ps.setInt(9, p.reworks());
        ps.setLong(10, p.caseId());
    }

    public static Optional<CaseProgress> progress(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM dispatch_cases WHERE case_id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(progress(rs)) : Optional.empty();
            }
        }
    }

    /** Maps the dispatch_cases columns of a row (also of a join with cases). */
    public static CaseProgress progress(ResultSet rs) throws SQLException {
        String co = rs.getString("co_pending");
        return new CaseProgress(rs.getLong("case_id"), instant(rs, "step_started_at"), instant(rs, "routed_at"),
                instant(rs, "interim_at"), instant(rs, "answered_at"), instant(rs, "final_draft_at"),
                co == null || co.isEmpty() ? List.of() : Arrays.asList(co.split(",")), instant(rs, "co_check_since"),
                rs.getString("assignee"), rs.getInt("reworks"));
    }

    /**
     * The timing of a case whose dispatch row is missing (a crash between store's transaction and ours, or a case
     * opened by another tool): its step counts from its last change, a case never routed from detection.
     */
    public static CaseProgress fallback(org.otklik.core.Case k) {
        Instant start = k.step() == org.otklik.core.CaseStep.NEW || k.updatedAt() == null ? k.detectedAt() : k.updatedAt();
        Instant routed = k.executor() == null ? null : start;
        return new CaseProgress(k.id(), start, routed, null, null, null, List.of(), null, null, 0);
    }

    public static void addText(Connection c, CaseText t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO case_texts (case_id, kind, author, department, at, text) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, t.caseId());
            ps.setString(2, t.kind().code());
            ps.setString(3, t.author());
            ps.setString(4, t.department());
            setInstant(ps, 5, t.at());
            String text = t.text().length() > CaseText.MAX_CHARS ? t.text().substring(0, CaseText.MAX_CHARS) : t.text();
            ps.setString(6, text);
            ps.executeUpdate();
        }
    }

    public static List<CaseText> texts(Connection c, long caseId) throws SQLException {
        List<CaseText> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM case_texts WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CaseText(caseId, CaseText.Kind.fromCode(rs.getString("kind")), rs.getString("author"),
                            rs.getString("department"), instant(rs, "at"), rs.getString("text")));
                }
            }
        }
        return out;
    }

    /** Records the violation unless the same one (case, kind, department, due) is already there; true when new. */
    public static boolean recordViolation(Connection c, Violation v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO violations (case_id, municipality, kind, department, due_at, detected_at)
                SELECT ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS
                    (SELECT 1 FROM violations WHERE case_id = ? AND kind = ? AND department = ? AND due_at = ?)""")) {
            bindViolation(ps, v);
            ps.setLong(7, v.caseId());
            ps.setString(8, v.kind().code());
            ps.setString(9, v.department());
            setInstant(ps, 10, v.dueAt());
            return ps.executeUpdate() == 1;
        }
    }

    /** Parameters 1–6: case, municipality, kind, department, due, detected — the order of both inserts' columns. */
    private static void bindViolation(PreparedStatement ps, Violation v) throws SQLException {
        ps.setLong(1, v.caseId());
        ps.setString(2, v.municipality());
        ps.setString(3, v.kind().code());
        ps.setString(4, v.department());
        setInstant(ps, 5, v.dueAt());
        setInstant(ps, 6, v.detectedAt());
    }

    /** Inserts violations in one batch; fails as a whole on a duplicate (the caller then books them one by one). */
    public static void insertViolations(Connection c, List<Violation> vs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO violations (case_id, municipality, kind, department, due_at, detected_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Violation v : vs) {
                bindViolation(ps, v);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static List<Violation> violations(Connection c, String where, Object... args) throws SQLException {
        List<Violation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM violations WHERE " + where + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Instant t) {
                    setInstant(ps, i + 1, t);
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Violation(rs.getLong("case_id"), rs.getString("municipality"),
                            DeadlineKind.fromCode(rs.getString("kind")), rs.getString("department"),
                            instant(rs, "due_at"), instant(rs, "detected_at")));
                }
            }
        }
        return out;
    }

    /** Records an escalation once per key; true when it is new and must be sent. */
    public static boolean recordEscalation(Connection c, String municipality, String key, Long caseId, Instant at, String text)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO escalations (municipality, esc_key, case_id, at, text)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS
                    (SELECT 1 FROM escalations WHERE municipality = ? AND esc_key = ?)""")) {
            ps.setString(1, municipality);
            ps.setString(2, key);
            if (caseId == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, caseId);
            }
            setInstant(ps, 4, at);
            ps.setString(5, text.length() > 4000 ? text.substring(0, 4000) : text);
            ps.setString(6, municipality);
            ps.setString(7, key);
            return ps.executeUpdate() == 1;
        }
    }
}
