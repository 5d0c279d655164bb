package org.otklik.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.core.Network;
import org.otklik.core.Post;

/**
 * Kills (SIGKILL) a process that is writing polls to an H2 file, then reopens the file: every poll that
 * committed is there whole with its cursor, nothing half-written, nothing twice.
 */
class KillMidWriteTest {
    static final int BATCH = 50;

    /** The child: writes batch after batch until killed; batch n holds posts n*50..n*50+49 and sets cursor n. */
    public static void main(String[] args) {
        try (Store store = Store.open(args[0], "otklik", "")) {
            for (int n = 1; ; n++) {
                List<Post> posts = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    String id = Integer.toString(n * BATCH + i);
                    posts.add(new Post(Network.TELEGRAM, "tg", id, "yelets", null, "сообщение " + id + " ".repeat(200), null, null, null, 0, 0, 0, 0));
                }
                store.savePolled("tg", posts, Integer.toString(n), Instant.now());
            }
        }
    }

    @Test
    void a_crawler_killed_mid_write_loses_and_duplicates_nothing(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("otklik").toString().replace('\\', '/');
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                KillMidWriteTest.class.getName(), url).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // wait until the child has committed a few batches, then kill it without warning
            while (System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(300);
                if (Files.exists(dir.resolve("otklik.mv.db")) && Files.size(dir.resolve("otklik.mv.db")) > 200_000) {
                    Thread.sleep(700);
                    break;
                }
            }
            assertThat(child.isAlive()).as("child still writing; log: %s", Files.readString(dir.resolve("child.log"))).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }

        try (Store store = Store.open(url, "otklik", "")) {
            long cursor = Long.parseLong(store.sourceState("tg").orElseThrow().cursor());
            assertThat(cursor).isPositive();
            assertThat(store.countPosts()).isEqualTo(cursor * BATCH);
            assertThat(store.sourceState("tg").orElseThrow().postsFetched()).isEqualTo(cursor * BATCH);
        }
    }
}
