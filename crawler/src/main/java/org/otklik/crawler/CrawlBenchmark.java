package org.otklik.crawler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.otklik.config.Secrets;
import org.otklik.core.Network;
import org.otklik.core.Source;
import org.otklik.crawler.internal.VkSimulator;
import org.otklik.store.Store;

/**
 * Measures the VK crawler against a local VK that enforces 3 requests/s per token: how many {@code wall.get} calls per
 * second it sustains through {@code execute} batching (at most 75 = 3 x 25), how many "too many requests" errors it
 * draws (goal: none), and how long a new post takes from appearing on its wall to being committed (goal: within the
 * poll interval + 1 s). Uses a fresh H2 database in a temporary directory.
 */
public final class CrawlBenchmark {
    /** What one run measured. */
    public record Result(String phase, int communities, Duration pollInterval, double seconds, long requests, long wallGets,
                         double wallGetsPerSecond, long tooManyRequests, int postsPublished, int postsStored,
                         long latencyP50Millis, long latencyP95Millis, long latencyMaxMillis) {
    }

    private CrawlBenchmark() {
    }

    /**
     * @param communities walls polled with one token
     * @param interval each wall's poll interval
     * @param postsPerSecond new posts appearing across all walls while it runs
     */
    public static Result run(String phase, int communities, Duration interval, Duration length, double postsPerSecond) throws IOException,
            InterruptedException {
        Path dir = Files.createTempDirectory("otklik-bench-");
        Map<String, Long> appeared = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (VkSimulator vk = new VkSimulator(communities, 20, 3);
             Store store = Store.open("jdbc:h2:file:" + dir.resolve("bench").toString().replace('\\', '/'), "otklik", "")) {
            CrawlerSettings d = CrawlerSettings.defaults();
            CrawlerSettings settings = new CrawlerSettings(
                    new CrawlerSettings.Vk(vk.baseUrl(), "5.199", "BENCH_VK_TOKEN", 3, 100, 0, "BENCH_VK_TOKEN"), d.ok(), d.telegram(), d.http());
            List<Source> sources = new ArrayList<>();
            for (int c = 1; c <= communities; c++) {
                sources.add(new Source("bench-" + c, Network.VK, Long.toString(-c), "khasyn", interval, EnumSet.of(Source.Read.POSTS), true,
                        Map.of("reader", "vk", "max_pages", "5")));
            }
            StoredPosts onStored = (id, post) -> {
                Long t = appeared.remove(post.externalId());
                if (t != null) {
                    latencies.add((System.nanoTime() - t) / 1_000_000);
                }
            };
            try (Readers readers = new Readers(settings, new Secrets(Map.of("BENCH_VK_TOKEN", "bench-token"), null), Clock.systemUTC())) {
                // first polls read each wall's backlog; measure from the second round on
                Crawler crawler = new Crawler(store, sources, readers::reader, readers.concurrency(), onStored, Clock.systemUTC());
                crawler.pollAllOnce();
                crawler.start();
                long t0 = System.nanoTime();
                long calls0 = vk.wallGets();
                long requests0 = vk.requests();
                long errors0 = vk.tooManyRequests();
                int published = 0;
                long end = t0 + length.toNanos();
                long gap = (long) (1e9 / postsPerSecond);
                long next = t0;
                while (System.nanoTime() < end) {
                    if (System.nanoTime() >= next) {
                        long owner = -ThreadLocalRandom.current().nextLong(1, communities + 1);
                        VkSimulator.SimPost p = vk.publish(owner, "Новое сообщение о проблеме №" + published);
                        appeared.put(owner + "_" + p.id(), p.appearedNanos());
                        published++;
                        next += gap;
                    }
                    Thread.sleep(Math.max(1, Math.min(20, (next - System.nanoTime()) / 1_000_000)));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                long calls = vk.wallGets() - calls0;
                long requests = vk.requests() - requests0;
                // let the last posts' polls finish before counting what was stored
                Thread.sleep(interval.toMillis() + 2_000);
                long errors = vk.tooManyRequests() - errors0;
                crawler.close();
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                return new Result(phase, communities, interval, seconds, requests, calls, calls / seconds, errors, published, sorted.size(),
                        pct(sorted, 0.50), pct(sorted, 0.95), sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
