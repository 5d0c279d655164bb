package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.core.Network;
import org.otklik.core.Source;
import org.otklik.store.Store;

/**
 * Kills (SIGKILL) a crawler process in the middle of its polling loop and starts a new one on the same database:
 * the new one continues from the committed cursor, and in the end every post of the source is stored exactly once.
 */
class KillRestartTest {
    static final int POSTS = 3_000;

    static Source replay(Path file) {
        return Fixtures.withOption(Fixtures.withOption(new Source("replay", Network.WEB, file.toString(), "yelets", Duration.ofMillis(100),
                java.util.Set.of(Source.Read.POSTS), true, Map.of("reader", "replay")), "per_poll", "40"), "live", "true");
    }

    /** The child: crawls the replay source in its loop, printing each stored post id, until killed. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (Store store = Store.open(args[0], "otklik", "");
             Readers readers = new Readers(CrawlerSettings.defaults(), Fixtures.secrets(), Clock.systemUTC());
             Crawler crawler = new Crawler(store, List.of(replay(Path.of(args[1]))), readers::reader, readers.concurrency(),
                     (id, post) -> out.println("stored " + post.externalId()), Clock.systemUTC())) {
            crawler.start();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void a_crawler_killed_mid_loop_and_restarted_stores_every_post_exactly_once(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("posts.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            lines.add("{\"id\":\"" + i + "\",\"network\":\"vk\",\"source\":\"yelets-vk\",\"text\":\"Сообщение " + i + " " + "текст ".repeat(40) + "\"}");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        String url = "jdbc:h2:file:" + dir.resolve("otklik").toString().replace('\\', '/');
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"), KillRestartTest.class.getName(),
                url, file.toString()).redirectError(dir.resolve("child.err").toFile()).start();
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String line;
            // kill it without warning somewhere in the middle of the stream
            while (System.nanoTime() < deadline && (line = r.readLine()) != null) {
                if (line.startsWith("stored ") && ++seen >= 700) {
                    break;
                }
            }
            assertThat(seen).as("child log: %s", Files.readString(dir.resolve("child.err"))).isGreaterThanOrEqualTo(700);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }

        try (Store store = Store.open(url, "otklik", "");
             Readers readers = new Readers(CrawlerSettings.defaults(), Fixtures.secrets(), Clock.systemUTC())) {
            long before = store.countPosts();
            long cursor = Long.parseLong(store.sourceState("replay").orElseThrow().cursor());
            assertThat(before).as("what the killed crawler committed matches its cursor").isEqualTo(cursor);
            assertThat(before).isLessThan(POSTS);
            Crawler crawler = new Crawler(store, List.of(replay(file)), readers::reader, readers.concurrency(), StoredPosts.NONE, Clock.systemUTC());
            for (int i = 0; i < POSTS; i++) {
                if (crawler.pollAllOnce().get(0).fetched() == 0) {
                    break;
                }
            }
            assertThat(store.countPosts()).isEqualTo(POSTS);
            long distinct = store.transaction("count distinct", c -> {
                try (var ps = c.prepareStatement("SELECT COUNT(DISTINCT external_id) FROM posts"); var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(distinct).isEqualTo(POSTS);
            assertThat(store.sourceState("replay").orElseThrow().cursor()).isEqualTo(Integer.toString(POSTS));
        }
    }
}
