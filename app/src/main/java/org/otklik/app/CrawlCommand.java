package org.otklik.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.otklik.config.OtklikConfig;
import org.otklik.config.Secrets;
import org.otklik.core.Source;
import org.otklik.crawler.CrawlerService;
import org.otklik.crawler.PollSummary;
import org.otklik.crawler.StoredPosts;
import org.otklik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Polls the sources of {@code sources.yaml} into the store: once with a summary, or until stopped. */
@Command(name = "crawl", description = "Poll the sources in sources.yaml and store their posts (--once: every enabled source once, then a summary).")
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "poll every enabled source once, print a per-source summary and exit")
    boolean once;

    @Option(names = "--sources", paramLabel = "FILE", description = "sources file (default: <config>/sources.yaml)")
    Path sources;

    @Override
    public Integer call() throws InterruptedException {
        OtklikConfig c = config.load();
        Path file = sources != null ? sources : c.dir().resolve("sources.yaml");
        PrintWriter out = spec.commandLine().getOut();
        var s = c.settings();
        try (Store store = Store.open(s.databaseUrl(), s.databaseUser(), s.databasePassword().value());
             CrawlerService crawler = CrawlerService.open(file, new HashSet<>(c.profiles().keySet()), Secrets.fromEnvironment(), store,
                     StoredPosts.NONE, Clock.systemUTC())) {
            if (!once) {
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                crawler.start();
                out.println("crawling " + crawler.config().enabledSources().size() + " sources; stop with Ctrl-C");
                out.flush();
                stop.await();
                return Main.OK;
            }
            List<PollSummary> results = crawler.pollAllOnce();
            out.printf(Locale.ROOT, "%-24s %-17s %8s %6s %7s %8s  %s%n", "source", "network", "fetched", "new", "edited", "deleted", "error");
            int failed = 0;
            List<Source> enabled = crawler.config().enabledSources();
            for (int i = 0; i < results.size(); i++) {
                PollSummary r = results.get(i);
                if (!r.ok()) {
                    failed++;
                }
                out.printf(Locale.ROOT, "%-24s %-17s %8d %6d %7d %8d  %s%n", r.sourceId(), enabled.get(i).options().get("reader"), r.fetched(), r.inserted(),
                        r.edited(), r.deleted(), r.ok() ? "" : r.error());
            }
            long[] vk = crawler.vkCounters();
            out.printf(Locale.ROOT, "%d sources, %d failed; VK: %d requests, %d calls, %d rate-limit errors%n", results.size(), failed, vk[0], vk[1], vk[2]);
            return !results.isEmpty() && failed == results.size() ? Main.FAILURE : Main.OK;
        }
    }
}
