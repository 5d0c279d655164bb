package org.otklik.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.otklik.core.AuditEntry;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.PostKey;
import org.otklik.core.Topic;
import org.otklik.store.internal.Sql;

/**
 * Otklik's database. Opening it migrates the schema to the current version. All methods are safe to call
 * from several threads (and several processes on one PostgreSQL database): uniqueness is enforced by the
 * schema, and each method is one transaction.
 */
public final class Store implements AutoCloseable {

    /** Work done inside one transaction; commits when it returns, rolls back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** More writes that belong to a case change: they commit or roll back with the step and its audit row. */
    @FunctionalInterface
    public interface CaseWork {
        /** @param k the case as it is after the change, with its id */
        void run(Connection c, Case k) throws SQLException;

        CaseWork NONE = (c, k) -> { };
    }

    private final HikariDataSource dataSource;

    private Store(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Connects and migrates. An H2 URL without options gets the ones that make a crash safe to survive.
     *
     * @param password may be null for H2
     */
    public static Store open(String jdbcUrl, String user, String password) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(crashSafe(jdbcUrl));
        hc.setUsername(user);
        hc.setPassword(password == null ? "" : password);
        hc.setAutoCommit(false);
        hc.setMaximumPoolSize(jdbcUrl.startsWith("jdbc:h2:") ? 8 : 16);
        hc.setPoolName("otklik-store");
        hc.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to database " + redact(jdbcUrl), e);
        }
        try {
            // each module ships its migrations under db/migration/<module>/ in its own version range
            // (store 1-99, crawler 100-199, classifier 200-299, dispatcher 300-399, dashboard 400-499):
            // they are added independently, and a tool that carries fewer modules can still open the database
            Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                    .outOfOrder(true).ignoreMigrationPatterns("*:missing").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot migrate database " + redact(jdbcUrl), e);
        }
        return new Store(ds);
    }

    /**
     * H2 flushes commits to its file up to half a second late by default: a killed process would lose case
     * history it had already confirmed to a user. {@code WRITE_DELAY=0} writes every commit before it returns.
     */
    static String crashSafe(String url) {
        if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }

    /** JDBC URLs may carry a password parameter; never print it. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public <T> T transaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    // ---------------------------------------------------------------- posts

    /** Stores a post once; seen again with other text, records the edit; seen again unchanged, writes nothing. */
    public PostWrite savePost(Post post, Instant now) {
        return transaction("save post " + post.key(), c -> savePost(c, post, now));
    }

    /**
     * Stores what one poll of a source read together with the cursor past it, in one transaction:
     * a crash before the commit loses neither (the next poll reads the same posts again, and they are not
     * duplicated), a crash after it repeats nothing.
     */
    public List<PostWrite> savePolled(String sourceId, List<Post> posts, String cursor, Instant now) {
        return transaction("save " + posts.size() + " posts of source " + sourceId, c -> {
            List<PostWrite> out = new ArrayList<>(posts.size());
            long inserted = 0;
            for (Post p : posts) {
                PostWrite w = savePost(c, p, now);
                if (w.outcome() == PostWrite.Outcome.INSERTED) {
                    inserted++;
                }
                out.add(w);
            }
            upsertSourceState(c, sourceId, cursor, now, inserted);
            return out;
        });
    }

    private PostWrite savePost(Connection c, Post p, Instant now) throws SQLException {
        Optional<StoredPost> existing = findPost(c, p.key(), true);
        if (existing.isEmpty()) {
            Savepoint sp = c.setSavepoint();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO posts (network, source, external_id, municipality, author, text, url, published_at,
                        parent_id, likes, reposts, comments, views, fetched_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, p.network().code());
                ps.setString(2, p.source());
                ps.setString(3, p.externalId());
                ps.setString(4, p.municipality());
                ps.setString(5, p.author());
                ps.setString(6, p.text());
                ps.setString(7, p.url());
                SqlInstants.setInstant(ps, 8, p.publishedAt());
                ps.setString(9, p.parentId());
                ps.setLong(10, p.likes());
                ps.setLong(11, p.reposts());
                ps.setLong(12, p.comments());
                ps.setLong(13, p.views());
                SqlInstants.setInstant(ps, 14, now);
                SqlInstants.setInstant(ps, 15, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new PostWrite(keys.getLong(1), PostWrite.Outcome.INSERTED);
                }
            } catch (SQLException e) {
                if (!Sql.isUniqueViolation(e)) {
                    throw e;
                }
                // another crawler node stored it between our look and our insert: theirs stands
                c.rollback(sp);
                existing = findPost(c, p.key(), true);
                if (existing.isEmpty()) {
                    throw e;
                }
            }
        }
        StoredPost old = existing.get();
        boolean textChanged = !old.post().text().equals(p.text());
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE posts SET likes = ?, reposts = ?, comments = ?, views = ?, updated_at = ?,
                    text = ?, edits = edits + ? WHERE id = ?""")) {
            ps.setLong(1, p.likes());
            ps.setLong(2, p.reposts());
            ps.setLong(3, p.comments());
            ps.setLong(4, p.views());
            SqlInstants.setInstant(ps, 5, now);
            ps.setString(6, p.text());
            ps.setInt(7, textChanged ? 1 : 0);
            ps.setLong(8, old.id());
            ps.executeUpdate();
        }
        if (!textChanged) {
            return new PostWrite(old.id(), PostWrite.Outcome.UNCHANGED);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO post_edits (post_id, at, old_text) VALUES (?, ?, ?)")) {
            ps.setLong(1, old.id());
            SqlInstants.setInstant(ps, 2, now);
            ps.setString(3, old.post().text());
            ps.executeUpdate();
        }
        return new PostWrite(old.id(), PostWrite.Outcome.EDITED);
    }

    /** Records that the author deleted a post; the post and its case stay. Returns false for an unknown post. */
    public boolean markDeleted(PostKey key, Instant at) {
        return transaction("mark post " + key + " deleted", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE posts SET deleted_at = ?, updated_at = ? WHERE network = ? AND source = ? AND external_id = ? AND deleted_at IS NULL")) {
                SqlInstants.setInstant(ps, 1, at);
                SqlInstants.setInstant(ps, 2, at);
                ps.setString(3, key.network().code());
                ps.setString(4, key.source());
                ps.setString(5, key.externalId());
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Optional<StoredPost> post(PostKey key) {
        return transaction("find post " + key, c -> findPost(c, key, false));
    }

    public Optional<StoredPost> post(long id) {
        return transaction("find post " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM posts WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(post(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Old texts of an edited post, oldest first. */
    public List<String> editHistory(long postId) {
        return transaction("read edits of post " + postId, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT old_text FROM post_edits WHERE post_id = ? ORDER BY id")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    public long countPosts() {
        return count("SELECT COUNT(*) FROM posts");
    }

    private Optional<StoredPost> findPost(Connection c, PostKey key, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM posts WHERE network = ? AND source = ? AND external_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, key.network().code());
            ps.setString(2, key.source());
            ps.setString(3, key.externalId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(post(rs)) : Optional.empty();
            }
        }
    }

    private static StoredPost post(ResultSet rs) throws SQLException {
        Post p = new Post(Network.fromCode(rs.getString("network")), rs.getString("source"), rs.getString("external_id"),
                rs.getString("municipality"), rs.getString("author"), rs.getString("text"), rs.getString("url"),
                SqlInstants.instant(rs, "published_at"), rs.getString("parent_id"), rs.getLong("likes"), rs.getLong("reposts"),
                rs.getLong("comments"), rs.getLong("views"));
        return new StoredPost(rs.getLong("id"), p, SqlInstants.instant(rs, "fetched_at"), SqlInstants.instant(rs, "deleted_at"), rs.getInt("edits"));
    }

    // ---------------------------------------------------------------- classifications

    /** Stores (or replaces, after a re-classification) the verdict on a post. */
    public void saveClassification(long postId, Classification cl, Instant at) {
        transaction("save classification of post " + postId, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM classifications WHERE post_id = ?")) {
                del.setLong(1, postId);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO classifications (post_id, relevant, topics, municipality, settlement, street, house,
                        importance, filter, repeat_of, reasons, classified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Location l = cl.location();
                ps.setLong(1, postId);
                ps.setBoolean(2, cl.relevant());
                ps.setString(3, Sql.join(cl.topics(), Topic::code));
                ps.setString(4, l == null ? null : l.municipality());
                ps.setString(5, l == null ? null : l.settlement());
                ps.setString(6, l == null ? null : l.street());
                ps.setString(7, l == null ? null : l.house());
                ps.setString(8, cl.importance().code());
                ps.setString(9, cl.filter().code());
                Sql.setLong(ps, 10, cl.repeatOf());
                ps.setString(11, String.join("\n", cl.reasons()));
                SqlInstants.setInstant(ps, 12, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Classification> classification(long postId) {
        return transaction("read classification of post " + postId, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.*, p.external_id FROM classifications c JOIN posts p ON p.id = c.post_id WHERE c.post_id = ?""")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Location l = location(rs, rs.getString("municipality"));
                    String reasons = rs.getString("reasons");
                    return Optional.of(new Classification(rs.getString("external_id"), rs.getBoolean("relevant"),
                            Sql.split(rs.getString("topics"), Topic::fromCode), l, Importance.fromCode(rs.getString("importance")),
                            FilterVerdict.fromCode(rs.getString("filter")), Sql.nullableLong(rs, "repeat_of"),
                            reasons.isEmpty() ? List.of() : List.of(reasons.split("\n"))));
                }
            }
        });
    }

    // ---------------------------------------------------------------- cases

    /** Opens a case and writes its first audit row in the same transaction; returns the case's id. */
    public long openCase(Case k, String actor, String reason, Instant at) {
        return openCase(k, actor, reason, at, CaseWork.NONE);
    }

    /** Opens a case; {@code also} runs in the same transaction (a module's own rows about the new case). */
    public long openCase(Case k, String actor, String reason, Instant at, CaseWork also) {
        return transaction("open case for post " + k.postId(), c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO cases (post_id, municipality, step, topics, settlement, street, house, importance, executor,
                        co_executors, detected_at, answer_due_at, repeat_of, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                bindCase(ps, k);
                SqlInstants.setInstant(ps, 14, at);
                SqlInstants.setInstant(ps, 15, at);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            audit(c, new AuditEntry(id, at, actor, null, k.step(), reason));
            if (also != CaseWork.NONE) {
                also.run(c, findCase(c, id, false).orElseThrow());
            }
            return id;
        });
    }

    /**
     * Changes a case and writes the audit row in one transaction, if and only if the case is still at
     * {@code expected}; otherwise {@link StaleCaseException} and nothing is written.
     *
     * @param change computes the new case from the current one
     */
    public Case moveCase(long caseId, CaseStep expected, UnaryOperator<Case> change, String actor, String reason, Instant at) {
        return moveCase(caseId, expected, change, actor, reason, at, CaseWork.NONE);
    }

    /**
     * Like {@link #moveCase(long, CaseStep, UnaryOperator, String, String, Instant)}; {@code also} runs in the same
     * transaction, so a draft's text or a module's timing row is never missing beside a committed step.
     */
    public Case moveCase(long caseId, CaseStep expected, UnaryOperator<Case> change, String actor, String reason, Instant at,
                         CaseWork also) {
        return transaction("move case " + caseId, c -> {
            Case current = findCase(c, caseId, true).orElseThrow(() -> new StoreException("no case " + caseId));
            if (current.step() != expected) {
                throw new StaleCaseException(caseId, expected, current.step());
            }
            Case next = change.apply(current);
            Objects.requireNonNull(next, "change returned null");
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE cases SET post_id = ?, municipality = ?, step = ?, topics = ?, settlement = ?, street = ?, house = ?,
                        importance = ?, executor = ?, co_executors = ?, detected_at = ?, answer_due_at = ?, repeat_of = ?,
                        updated_at = ?, version = version + 1 WHERE id = ?""")) {
                bindCase(ps, next);
                SqlInstants.setInstant(ps, 14, at);
                ps.setLong(15, caseId);
                ps.executeUpdate();
            }
            audit(c, new AuditEntry(caseId, at, actor, current.step(), next.step(), reason));
            Case moved = findCase(c, caseId, false).orElseThrow();
            also.run(c, moved);
            return moved;
        });
    }

    public Optional<Case> caseById(long id) {
        return transaction("find case " + id, c -> findCase(c, id, false));
    }

    public Optional<Case> caseForPost(long postId) {
        return transaction("find case of post " + postId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM cases WHERE post_id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(caseRow(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<AuditEntry> audit(long caseId) {
        return transaction("read audit log of case " + caseId, c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE case_id = ? ORDER BY id")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String from = rs.getString("from_step");
                        out.add(new AuditEntry(caseId, SqlInstants.instant(rs, "at"), rs.getString("actor"),
                                from == null ? null : CaseStep.fromCode(from), CaseStep.fromCode(rs.getString("to_step")),
                                rs.getString("reason")));
                    }
                }
            }
            return out;
        });
    }

    public long countCases() {
        return count("SELECT COUNT(*) FROM cases");
    }

    private static void bindCase(PreparedStatement ps, Case k) throws SQLException {
        Location l = k.location();
        ps.setLong(1, k.postId());
        ps.setString(2, k.municipality());
        ps.setString(3, k.step().code());
        ps.setString(4, Sql.join(k.topics(), Topic::code));
        ps.setString(5, l == null ? null : l.settlement());
        ps.setString(6, l == null ? null : l.street());
        ps.setString(7, l == null ? null : l.house());
        ps.setString(8, k.importance().code());
        ps.setString(9, k.executor());
        ps.setString(10, String.join(",", k.coExecutors()));
        SqlInstants.setInstant(ps, 11, k.detectedAt());
        SqlInstants.setInstant(ps, 12, k.answerDueAt());
        Sql.setLong(ps, 13, k.repeatOf());
    }

    private static void audit(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (case_id, at, actor, from_step, to_step, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.caseId());
            SqlInstants.setInstant(ps, 2, e.at());
            ps.setString(3, e.actor());
            ps.setString(4, e.from() == null ? null : e.from().code());
            ps.setString(5, e.to().code());
            ps.setString(6, e.reason());
            ps.executeUpdate();
        }
    }

    private static Optional<Case> findCase(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM cases WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(caseRow(rs)) : Optional.empty();
            }
        }
    }

    /** Maps one row of {@code cases}; public so that query code in other modules reads cases the same way. */
    public static Case caseRow(ResultSet rs) throws SQLException {
        String municipality = rs.getString("municipality");
        return new Case(rs.getLong("id"), rs.getLong("post_id"), municipality, CaseStep.fromCode(rs.getString("step")),
                Sql.split(rs.getString("topics"), Topic::fromCode), location(rs, municipality),
                Importance.fromCode(rs.getString("importance")), rs.getString("executor"),
                Sql.split(rs.getString("co_executors"), s -> s), SqlInstants.instant(rs, "detected_at"),
                SqlInstants.instant(rs, "answer_due_at"), Sql.nullableLong(rs, "repeat_of"), SqlInstants.instant(rs, "updated_at"));
    }

    private static Location location(ResultSet rs, String municipality) throws SQLException {
        String settlement = rs.getString("settlement");
        String street = rs.getString("street");
        String house = rs.getString("house");
        if (municipality == null && settlement == null && street == null && house == null) {
            return null;
        }
        return new Location(municipality, settlement, street, house);
    }

    // ---------------------------------------------------------------- sources

    public Optional<SourceState> sourceState(String sourceId) {
        return transaction("read state of source " + sourceId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source_state WHERE source_id = ?")) {
                ps.setString(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(sourceState(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<SourceState> sourceStates() {
        return transaction("read source states", c -> {
            List<SourceState> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source_state ORDER BY source_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(sourceState(rs));
                }
            }
            return out;
        });
    }

    /** Records a failed poll; the cursor stays where it was. */
    public void recordSourceError(String sourceId, String error, Instant at) {
        transaction("record error of source " + sourceId, c -> {
            ensureSourceRow(c, sourceId, at);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE source_state SET last_error = ?, last_error_at = ?, updated_at = ? WHERE source_id = ?")) {
                ps.setString(1, error.length() > 2000 ? error.substring(0, 2000) : error);
                SqlInstants.setInstant(ps, 2, at);
                SqlInstants.setInstant(ps, 3, at);
                ps.setString(4, sourceId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void upsertSourceState(Connection c, String sourceId, String cursor, Instant at, long inserted) throws SQLException {
        ensureSourceRow(c, sourceId, at);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE source_state SET cursor_value = ?, last_success_at = ?, posts_fetched = posts_fetched + ?, updated_at = ?
                WHERE source_id = ?""")) {
            ps.setString(1, cursor);
            SqlInstants.setInstant(ps, 2, at);
            ps.setLong(3, inserted);
            SqlInstants.setInstant(ps, 4, at);
            ps.setString(5, sourceId);
            ps.executeUpdate();
        }
    }

    private static void ensureSourceRow(Connection c, String sourceId, Instant at) throws SQLException {
        try (PreparedStatement sel = c.prepareStatement("SELECT 1 FROM source_state WHERE source_id = ? FOR UPDATE")) {
            sel.setString(1, sourceId);
            try (ResultSet rs = sel.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        Savepoint sp = c.setSavepoint();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO source_state (source_id, updated_at) VALUES (?, ?)")) {
            ins.setString(1, sourceId);
            SqlInstants.setInstant(ins, 2, at);
            ins.executeUpdate();
        } catch (SQLException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            c.rollback(sp);
        }
    }

    private static SourceState sourceState(ResultSet rs) throws SQLException {
        return new SourceState(rs.getString("source_id"), rs.getString("cursor_value"), SqlInstants.instant(rs, "last_success_at"),
                SqlInstants.instant(rs, "last_error_at"), rs.getString("last_error"), rs.getLong("posts_fetched"));
    }

    private long count(String sql) {
        return transaction("count", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
