package org.otklik.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import org.otklik.config.OtklikConfig;
import org.otklik.config.Settings;
import org.otklik.core.RegulationProfile;
import org.otklik.dashboard.BasicDraftCheck;
import org.otklik.dashboard.CaseActions;
import org.otklik.dashboard.Dashboard;
import org.otklik.dashboard.DemoData;
import org.otklik.dashboard.DraftCheck;
import org.otklik.dashboard.PasswordHash;
import org.otklik.dashboard.SearchIndex;
import org.otklik.dashboard.StoreCaseActions;
import org.otklik.dashboard.User;
import org.otklik.dashboard.Users;
import org.otklik.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the whole pipeline and the dashboard in one process until stopped. */
@Command(name = "serve", description = "Run crawler, classifier, dispatcher and the dashboard in one process (default port from otklik.yaml, 8080).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "port to listen on (overrides otklik.yaml and OTKLIK_PORT)")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", description = "address to listen on (default: ${DEFAULT-VALUE}; 127.0.0.1 for local only)")
    String host;

    @Option(names = "--demo", description = "add demo users (passwords generated now and printed once) and demo cases to an empty database")
    boolean demo;

    @Option(names = "--hash-password", description = "read a password from standard input, print its hash for config/users.yaml, and exit")
    boolean hashPassword;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (hashPassword) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new BadInputException("give the password on standard input, e.g. ./otklik serve --hash-password < file");
            }
            out.println(PasswordHash.encode(line));
            return Main.OK;
        }
        OtklikConfig c = config.load();
        Settings s = c.settings();
        if (port != null && (port < 0 || port > 65535)) {
            throw new BadInputException("--port: " + port + " is not a port number");
        }
        Clock clock = Clock.systemUTC();
        Files.createDirectories(s.dataDir());
        try (Store store = Store.open(s.databaseUrl(), s.databaseUser(), s.databasePassword().present() ? s.databasePassword().value() : null);
             SearchIndex search = new SearchIndex(s.dataDir().resolve("search-index"))) {
            Users users = Users.load(c.dir().resolve("users.yaml"), c.profiles());
            if (demo) {
                users = users.with(demoUsers(c, store, clock, out));
            }
            if (users.isEmpty()) {
                out.println("warning: no users in " + c.dir().resolve("users.yaml") + ": nobody can log in (add users, or run with --demo)");
            }
            Pipeline pipeline = wire(c, store, clock);
            ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "otklik-search-index");
                t.setDaemon(true);
                return t;
            });
            timers.scheduleWithFixedDelay(() -> {
                try {
                    search.catchUp(store);
                } catch (RuntimeException e) {
                    LOG.warn("search index catch-up failed; will retry", e);
                }
            }, 0, 10, TimeUnit.SECONDS);
            int p = port != null ? port : s.port();
            try (Dashboard dashboard = new Dashboard(store, c.profiles(), c.calendar(), users, pipeline.actions(), pipeline.draftCheck(), search, clock)
                    .start(host, p)) {
                out.println("Otklik dashboard: http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + dashboard.port() + "/");
                out.flush();
                CountDownLatch stop = new CountDownLatch(1);
                CountDownLatch stopped = new CountDownLatch(1);
                // on Ctrl-C or SIGTERM the hook releases the main thread and waits for it to close everything cleanly
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stop.countDown();
                    try {
                        stopped.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "otklik-shutdown"));
                try {
                    stop.await();
                } finally {
                    timers.shutdownNow();
                    pipeline.stop().run();
                    dashboard.close();
                    search.close();
                    store.close();
                    stopped.countDown();
                }
            }
        }
        return Main.OK;
    }

    /** What the dashboard is given by the rest of the pipeline, and how to stop what was started. */
    record Pipeline(CaseActions actions, DraftCheck draftCheck, Runnable stop) {
    }

    /**
     * The one place where the stages are composed: crawler → classifier → dispatcher → dashboard.
     * Until the dispatcher is wired in, the dashboard's own store-backed workflow and basic draft checks serve.
     */
    static Pipeline wire(OtklikConfig c, Store store, Clock clock) {
        CaseActions actions = new StoreCaseActions(store, c.profiles(), c.calendar(), clock);
        DraftCheck draftCheck = new BasicDraftCheck();
        // crawler, classifier and dispatcher start here and are stopped by the returned Runnable
        return new Pipeline(actions, draftCheck, () -> { });
    }

    private static List<User> demoUsers(OtklikConfig c, Store store, Clock clock, PrintWriter out) {
        RegulationProfile p = c.profiles().values().iterator().next();
        if (store.countPosts() == 0) {
            DemoData.seed(store, p, c.calendar(), clock, 30, 1);
            out.println("demo: stored 32 demo messages and cases for " + p.municipality().name());
        }
        List<User> users = new ArrayList<>();
        out.println("demo users for " + p.municipality().name() + " (passwords are generated now and shown only once):");
        for (DemoData.DemoUser u : DemoData.users(p)) {
            out.printf("  %-11s %-28s %s%n", u.user().login(), u.user().role().title() + (u.user().department() == null ? "" : " (" + u.user().department() + ")"), u.password());
            users.add(u.user());
        }
        return users;
    }
}
