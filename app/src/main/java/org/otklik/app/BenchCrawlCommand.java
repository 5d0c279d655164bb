package org.otklik.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.otklik.crawler.CrawlBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The crawler benchmark against a local VK that enforces 3 requests/s: throughput, rate-limit errors, latency. */
@Command(name = "crawl", description = "Benchmark the VK crawler against a local VK limited to 3 requests/s per token.")
final class BenchCrawlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "30", description = "length of each phase (default: ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // saturated: far more walls due than 75 calls/s can serve, so the figure is the crawler's ceiling
        print(out, CrawlBenchmark.run("throughput", 600, Duration.ofSeconds(2), Duration.ofSeconds(seconds), 20));
        // within capacity: 150 walls every 5 s = 30 calls/s; each new post should be stored within 5 s + 1 s
        print(out, CrawlBenchmark.run("latency", 150, Duration.ofSeconds(5), Duration.ofSeconds(seconds), 5));
        return Main.OK;
    }

    private static void print(PrintWriter out, CrawlBenchmark.Result r) {
        out.printf(Locale.ROOT, "%s: %d walls, poll every %ds, %.1f s%n", r.phase(), r.communities(), r.pollInterval().toSeconds(), r.seconds());
        out.printf(Locale.ROOT, "  wall.get calls/s: %.1f (%d calls in %d requests, %.1f calls/request; ceiling 75/s, goal >= 67.5/s)%n",
                r.wallGetsPerSecond(), r.wallGets(), r.requests(), r.requests() == 0 ? 0.0 : (double) r.wallGets() / r.requests());
        out.printf(Locale.ROOT, "  rate-limit errors (VK error 6): %d (goal 0)%n", r.tooManyRequests());
        boolean saturated = r.phase().equals("throughput");
        out.printf(Locale.ROOT, "  new posts: %d published, %d stored; appearance -> stored ms: p50 %d, p95 %d, max %d (%s)%n",
                r.postsPublished(), r.postsStored(), r.latencyP50Millis(), r.latencyP95Millis(), r.latencyMaxMillis(),
                saturated ? "saturated on purpose: no latency goal" : "goal <= " + (r.pollInterval().toMillis() + 1000));
        out.flush();
    }
}
