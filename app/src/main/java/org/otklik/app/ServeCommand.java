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
import org.otklik.dashboard.CaseActions;
import org.otklik.dashboard.CaseDeadlines;
import org.otklik.dashboard.Dashboard;
import org.otklik.dashboard.DemoData;
import org.otklik.dashboard.DraftCheck;
import org.otklik.dashboard.PasswordHash;
import org.otklik.dashboard.SearchIndex;
import org.otklik.dashboard.User;
import org.otklik.dashboard.Users;
import org.otklik.store.Store;
import org.otklik.classifier.LiveClassifier;
import org.otklik.config.Secrets;
import org.otklik.crawler.CrawlerService;
import org.otklik.dispatcher.CaseWorkflow;
import org.otklik.dispatcher.DeadlineWatch;
import org.otklik.dispatcher.DispatchConfig;
import org.otklik.dispatcher.Dispatcher;
import org.otklik.dispatcher.DraftChecks;
import org.otklik.dispatcher.NotificationChannels;
import org.otklik.dispatcher.Notifier;
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

    @Option(names = "--demo", description = "read config/demo/sources.yaml (a replayed stream of sample posts) instead of sources.yaml, and add demo users whose passwords are generated now and printed once")
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
                users = users.with(demoUsers(c, out));
            }
            if (users.isEmpty()) {
                out.println("warning: no users in " + c.dir().resolve("users.yaml") + ": nobody can log in (add users, or run with --demo)");
            }
            Wiring pipeline = wire(c, store, clock, demo);
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
            try (Dashboard dashboard = new Dashboard(store, c.profiles(), users, pipeline.actions(), pipeline.draftCheck(), pipeline.deadlines(), search, clock)
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
                    stopTimers(timers);
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
    record Wiring(CaseActions actions, DraftCheck draftCheck, CaseDeadlines deadlines, Runnable stop) {
    }

    /**
     * The one place where the stages are composed: crawler → classifier → dispatcher → dashboard, plus the
     * deadline watch. Each stage is started here and stopped by the returned {@code stop}.
     */
    static Wiring wire(OtklikConfig c, Store store, Clock clock, boolean demo) {
        Secrets secrets = Secrets.fromEnvironment();
        DispatchConfig dispatch = DispatchConfig.load(c);
        Notifier notifier = NotificationChannels.load(c, secrets);
        Dispatcher dispatcher = new Dispatcher(store, c, dispatch, notifier, clock);
        CaseWorkflow workflow = new CaseWorkflow(store, c, dispatch, clock);
        DeadlineWatch watch = new DeadlineWatch(store, c, dispatch, notifier, clock);
        LiveClassifier classifier = new LiveClassifier(c.dir(), c.settings().dataDir().resolve("classifier"), clock,
                e -> LOG.error("classifier configuration not reloaded, the previous one stays in force: {}", e.getMessage()));
        Pipeline pipeline = new Pipeline(store, classifier, dispatcher, clock);
        Path sources = c.dir().resolve(demo ? "demo/sources.yaml" : "sources.yaml");
        CrawlerService crawler = CrawlerService.open(sources, c.profiles().keySet(), secrets, store, pipeline, clock);

        ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "otklik-timers");
            t.setDaemon(true);
            return t;
        });
        // posts stored but not classified (a crash between the crawler's commit and the classifier, a failed stage)
        timers.scheduleWithFixedDelay(() -> guarded("pipeline catch-up", pipeline::catchUp), 0, 60, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(() -> guarded("deadline watch", () -> {
            DeadlineWatch.Pass pass = watch.run();
            if (pass.newViolations() > 0) {
                LOG.info("deadline watch: {} open cases, {} due soon, {} overdue, {} new violations", pass.cases(), pass.dueSoon(),
                        pass.overdue(), pass.newViolations());
            }
            return pass;
        }), 5, 60, TimeUnit.SECONDS);
        crawler.start();
        LOG.info("crawler started with {} from {}", crawler.config().sources().size() + " sources", sources);

        DraftChecks checks = DraftChecks.standard();
        DraftCheck draftCheck = (post, draft) -> checks.run(post, draft, false).stream()
                .filter(r -> !r.passed())
                .map(r -> r.title() + (r.reasons().isEmpty() ? "" : ": " + String.join("; ", r.reasons())))
                .toList();
        return new Wiring(new DispatcherCaseActions(workflow, c, dispatch), draftCheck, new DispatcherDeadlines(workflow, c, clock), () -> {
            crawler.close();
            stopTimers(timers);
            classifier.close();
        });
    }

    /**
     * Lets a running catch-up or deadline pass finish before the store closes. {@code shutdownNow} would interrupt it,
     * and an interrupt inside an H2 write closes the database file for everyone.
     */
    private static void stopTimers(ScheduledExecutorService timers) {
        timers.shutdown();
        try {
            if (!timers.awaitTermination(15, TimeUnit.SECONDS)) {
                LOG.warn("a timer task still runs after 15 s; it is interrupted");
                timers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> void guarded(String what, java.util.function.Supplier<T> task) {
        try {
            task.get();
        } catch (RuntimeException e) {
            LOG.error("{} failed; will run again: {}", what, e.toString(), e);
        }
    }

    private static List<User> demoUsers(OtklikConfig c, PrintWriter out) {
        RegulationProfile p = c.profiles().values().iterator().next();
        List<User> users = new ArrayList<>();
        out.println("demo users for " + p.municipality().name() + " (passwords are generated now and shown only once):");
        for (DemoData.DemoUser u : DemoData.users(p)) {
            out.printf(java.util.Locale.ROOT, "  %-11s %-28s %s%n", u.user().login(), u.user().role().title() + (u.user().department() == null ? "" : " (" + u.user().department() + ")"), u.password());
            users.add(u.user());
        }
        return users;
    }
}
