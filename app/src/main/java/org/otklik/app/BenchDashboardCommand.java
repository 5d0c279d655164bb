package org.otklik.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.otklik.config.OtklikConfig;
import org.otklik.dashboard.LoadBenchmark;
import org.otklik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Load benchmark of the dashboard: a fresh H2 database filled in bulk, then latency of the board and search over loopback. */
@Command(name = "dashboard", description = "Fill a fresh database with many posts and cases, then print p50/p95/p99 latency of the case board and search.")
final class BenchDashboardCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Option(names = "--posts", defaultValue = "1000000", description = "posts to insert (default: ${DEFAULT-VALUE})")
    int posts;

    @Option(names = "--cases", defaultValue = "100000", description = "cases to insert (default: ${DEFAULT-VALUE})")
    int cases;

    @Option(names = "--requests", defaultValue = "300", description = "measured requests per route (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--dir", paramLabel = "DIR", description = "where to put the benchmark database and index (default: a new directory under data/)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (posts < 1 || cases < 0 || cases > posts || requests < 1) {
            throw new BadInputException("need 1 <= --cases <= --posts and --requests >= 1");
        }
        OtklikConfig c = config.load();
        PrintWriter out = spec.commandLine().getOut();
        Path d = dir != null ? dir : Files.createDirectories(c.settings().dataDir()).resolve("bench-" + System.currentTimeMillis());
        Files.createDirectories(d);
        out.println("benchmark data in " + d.toAbsolutePath());
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open("jdbc:h2:file:" + d.resolve("bench").toAbsolutePath().toString().replace('\\', '/'), "otklik", null)) {
            LoadBenchmark b = new LoadBenchmark(store, c.profiles(), c.calendar(), out);
            if (store.countPosts() == 0) {
                b.fill(posts, cases, clock.instant());
            } else {
                out.println("reusing " + store.countPosts() + " posts and " + store.countCases() + " cases already in " + d);
            }
            out.flush();
            // figures are printed as each route is measured
            b.measure(d.resolve("search-index"), requests, clock);
        }
        return Main.OK;
    }
}
