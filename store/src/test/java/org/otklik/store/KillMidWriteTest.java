package org.otklik.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.core.Network;
import org.otklik.core.Post;

/**
 * Kills (SIGKILL) a process in the middle of writing polls, then reopens the database: every poll that committed is
 * there whole with its cursor, and reading again from the cursor stores nothing twice.
 */
class KillMidWriteTest {
    static final int BATCH = 50;

    /** The child: writes poll after poll until killed; poll n holds posts n*50..n*50+49 and moves the cursor to n. */
    public static void main(String[] args) {
        try (Store store = Store.open(args[0], args[1], args[2])) {
            for (int n = 1; ; n++) {
                store.savePolled("tg", batch(n), Integer.toString(n), Instant.now());
                System.out.println("committed " + n);
                System.out.flush();
            }
        }
    }

    static List<Post> batch(int n) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            String id = Integer.toString(n * BATCH + i);
            posts.add(new Post(Network.TELEGRAM, "tg", id, "yelets", null, "сообщение " + id + " ".repeat(200), null, null, null, 0, 0, 0, 0));
        }
        return posts;
    }

    /**
     * Runs the child until it has committed a few polls, then kills it without warning.
     *
     * @return the last poll the child reported committed before it died: the database must have at least that one
     */
    private static int writeAndKill(String url, String user, String password) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        // the child's output goes to a file, not a pipe: a pipe is closed by the kill, a file keeps every line it wrote
        Path log = Files.createTempFile("otklik-kill-child-", ".log");
        Process child = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                KillMidWriteTest.class.getName(), url, user, password).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (lastCommitted(log) < 5 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the child should still be writing; its output:\n%s", Files.readString(log)).isTrue();
            // let it get well into the next polls, so the kill lands mid-transaction more often than not
            Thread.sleep(150);
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        int last = lastCommitted(log);
        Files.deleteIfExists(log);
        return last;
    }

    private static int lastCommitted(Path log) throws java.io.IOException {
        int last = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("committed ")) {
                last = Math.max(last, Integer.parseInt(line.substring("committed ".length()).strip()));
            }
        }
        return last;
    }

    @Test
    void postgresql_keeps_exactly_the_committed_polls_after_a_kill() throws Exception {
        String url = System.getenv().getOrDefault("OTKLIK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/otklik_test");
        String user = System.getenv().getOrDefault("OTKLIK_TEST_PG_USER", "otklik_test");
        String password = System.getenv().getOrDefault("OTKLIK_TEST_PG_PASSWORD", "otklik_test");
        String schema = "k_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (var c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("OTKLIK_TEST_PG_REQUIRED"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL kill test skipped: no server at " + url + " (" + e.getMessage() + ")");
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            int confirmed = writeAndKill(schemaUrl, user, password);
            try (Store store = Store.open(schemaUrl, user, password)) {
                long cursor = Long.parseLong(store.sourceState("tg").orElseThrow().cursor());
                assertThat(cursor).as("no confirmed commit lost").isGreaterThanOrEqualTo(confirmed);
                assertThat(store.countPosts()).isEqualTo(cursor * BATCH);
                assertThat(store.sourceState("tg").orElseThrow().postsFetched()).isEqualTo(cursor * BATCH);
            }
        } finally {
            try (var c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /**
     * H2 keeps every committed poll (with {@code WRITE_DELAY=0}, which Store.open sets: with H2's default of 500 ms
     * a kill lost polls the child had already reported committed). With the default delay we also saw it keep some
     * rows of the transaction in flight at the kill, although it never committed and the cursor did not move. Nothing is lost and, because a post's key is unique and polls are idempotent, nothing is
     * duplicated when the poll is read again from the cursor; that is what this test holds H2 to. For strict
     * atomicity across crashes use PostgreSQL (README).
     */
    @Test
    void h2_keeps_the_committed_polls_after_a_kill_and_rereading_duplicates_nothing(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("otklik").toString().replace('\\', '/');
        int confirmed = writeAndKill(url, "otklik", "");
        try (Store store = Store.open(url, "otklik", "")) {
            int cursor = Integer.parseInt(store.sourceState("tg").orElseThrow().cursor());
            assertThat(cursor).as("no confirmed commit lost (Store.open sets WRITE_DELAY=0)").isGreaterThanOrEqualTo(confirmed);
            long committed = store.transaction("count committed polls", c -> {
                try (var ps = c.prepareStatement("SELECT COUNT(*) FROM posts WHERE CAST(external_id AS INTEGER) < ?")) {
                    ps.setInt(1, (cursor + 1) * BATCH);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            assertThat(committed).as("every poll up to the cursor, whole").isEqualTo((long) cursor * BATCH);
            System.err.println("H2 after kill: confirmed " + confirmed + ", cursor " + cursor + ", rows of the uncommitted poll kept: " + (store.countPosts() - committed));
            assertThat(store.countPosts()).as("at most the poll in flight beyond it").isLessThanOrEqualTo((long) (cursor + 1) * BATCH);

            // the crawler restarts: it reads the next poll again from the cursor
            store.savePolled("tg", batch(cursor + 1), Integer.toString(cursor + 1), Instant.now());
            assertThat(store.countPosts()).isEqualTo((long) (cursor + 1) * BATCH);
        }
    }
}
