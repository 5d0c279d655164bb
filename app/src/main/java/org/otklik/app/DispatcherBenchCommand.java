package org.otklik.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.otklik.config.OtklikConfig;
import org.otklik.core.CaseStep;
import org.otklik.core.Importance;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Topic;
import org.otklik.core.WorkingCalendar;
import org.otklik.dispatcher.DeadlineWatch;
import org.otklik.dispatcher.DispatchConfig;
import org.otklik.dispatcher.Notifier;
import org.otklik.dispatcher.PeriodReport;
import org.otklik.dispatcher.ReportPeriod;
import org.otklik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./otklik bench dispatcher}: fills a fresh database with N open cases spread over the configured municipalities
 * and November 2026, then times the timer pass over all of them (twice: the second books nothing new) and the
 * monthly report of every municipality.
 */
@Command(name = "dispatcher", description = "Time the deadline timer pass over N open cases and the monthly reports (fresh H2 database by default).")
final class DispatcherBenchCommand implements Callable<Integer> {
    private static final CaseStep[] OPEN = {CaseStep.NEW, CaseStep.ROUTED, CaseStep.IN_WORK, CaseStep.DRAFT_SUBMITTED,
            CaseStep.REWORK, CaseStep.APPROVED, CaseStep.INTERIM_PUBLISHED, CaseStep.RETURNED};

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", defaultValue = "100000")
    int cases;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "an EMPTY database to fill (default: a temporary H2 file)")
    String db;

    @Option(names = "--db-user", defaultValue = "otklik")
    String dbUser;

    @Option(names = "--db-password-env", defaultValue = "OTKLIK_DB_PASSWORD")
    String dbPasswordEnv;

    @Override
    public Integer call() throws Exception {
        if (cases < 1) {
            throw new BadInputException("--cases must be positive");
        }
        OtklikConfig c = config.load();
        DispatchConfig dispatch = DispatchConfig.load(c);
        Path tmp = null;
        String url = db;
        if (url == null) {
            tmp = Files.createTempDirectory("otklik-bench-");
            url = "jdbc:h2:file:" + tmp.resolve("bench").toString().replace('\\', '/');
        }
        var out = spec.commandLine().getOut();
        Instant now = ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC).toInstant();
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (Store store = Store.open(url, dbUser, db == null ? "" : System.getenv(dbPasswordEnv))) {
            long t0 = System.nanoTime();
            fill(store, c, cases, now);
            out.printf(Locale.ROOT, "filled %,d open cases in %.1f s%n", cases, (System.nanoTime() - t0) / 1e9);

            DeadlineWatch watch = new DeadlineWatch(store, c, dispatch, Notifier.none(), clock);
            DeadlineWatch.Pass first = watch.run();
            out.printf(Locale.ROOT, "timer pass 1: %,d cases, on time %,d, due soon %,d, overdue %,d, new violations %,d: %,d ms%n",
                    first.cases(), first.onTime(), first.dueSoon(), first.overdue(), first.newViolations(), first.millis());
            DeadlineWatch.Pass second = watch.run();
            out.printf(Locale.ROOT, "timer pass 2 (nothing new to book): %,d cases, new violations %,d: %,d ms%n",
                    second.cases(), second.newViolations(), second.millis());
            long total = 0;
            for (String m : c.profiles().keySet()) {
                long r0 = System.nanoTime();
                PeriodReport r = PeriodReport.build(store, c, m, ReportPeriod.parse("2026-11"), now);
                long ms = (System.nanoTime() - r0) / 1_000_000;
                total += ms;
                out.printf(Locale.ROOT, "monthly report %-12s %,7d cases, %2d departments: %,d ms%n", m, r.cases(), r.departments().size(), ms);
            }
            out.printf(Locale.ROOT, "monthly reports, all municipalities: %,d ms%n", total);
        } finally {
            if (tmp != null) {
                try (var files = Files.walk(tmp)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return Main.OK;
    }

    /** Inserts posts, cases and their dispatch state with JDBC batches: the bench measures the pass, not the intake. */
    private static void fill(Store store, OtklikConfig c, int n, Instant now) {
        List<String> ms = List.copyOf(c.profiles().keySet());
        Random rnd = new Random(42);
        Topic[] topics = Topic.values();
        int batch = 2000;
        for (int from = 0; from < n; from += batch) {
            int start = from;
            int end = Math.min(n, from + batch);
            store.transaction("bench fill " + start, conn -> {
                try (PreparedStatement post = conn.prepareStatement("""
                        INSERT INTO posts (id, network, source, external_id, municipality, text, fetched_at, updated_at)
                        VALUES (?, 'vk', 'bench', ?, ?, ?, ?, ?)""");
                     PreparedStatement kase = conn.prepareStatement("""
                        INSERT INTO cases (id, post_id, municipality, step, topics, settlement, importance, executor, co_executors,
                            detected_at, answer_due_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                     PreparedStatement disp = conn.prepareStatement("""
                        INSERT INTO dispatch_cases (case_id, step_started_at, routed_at, interim_at, answered_at, co_pending, reworks)
                        VALUES (?, ?, ?, ?, ?, ?, 0)""")) {
                    for (int i = start; i < end; i++) {
                        long id = i + 1L;
                        String m = ms.get(i % ms.size());
                        RegulationProfile profile = c.profile(m);
                        WorkingCalendar cal = profile.calendar(c.calendar());
                        Instant detected = now.minusSeconds(rnd.nextInt(29 * 24 * 3600));
                        Importance imp = rnd.nextInt(20) == 0 ? Importance.HIGH : Importance.NORMAL;
                        Topic t = topics[rnd.nextInt(topics.length)];
                        CaseStep step = OPEN[rnd.nextInt(OPEN.length)];
                        String executor = step == CaseStep.NEW || step == CaseStep.RETURNED ? null
                                : profile.executors().get(rnd.nextInt(profile.executors().size())).id();
                        Instant stepStart = detected.plusSeconds(rnd.nextInt(3 * 3600));
                        Instant ts = now;
                        post.setLong(1, id);
                        post.setString(2, "b" + id);
                        post.setString(3, m);
                        post.setString(4, "Сообщение номер " + id + " о проблеме " + t.title());
                        post.setObject(5, detected.atOffset(ZoneOffset.UTC));
                        post.setObject(6, ts.atOffset(ZoneOffset.UTC));
                        post.addBatch();
                        kase.setLong(1, id);
                        kase.setLong(2, id);
                        kase.setString(3, m);
                        kase.setString(4, step.code());
                        kase.setString(5, t.code());
                        kase.setString(6, profile.municipality().settlements().isEmpty() ? null
                                : profile.municipality().settlements().get(rnd.nextInt(profile.municipality().settlements().size())).name());
                        kase.setString(7, imp.code());
                        kase.setString(8, executor);
                        kase.setString(9, "");
                        kase.setObject(10, detected.atOffset(ZoneOffset.UTC));
                        kase.setObject(11, cal.plus(detected, profile.answerLimit(imp)).atOffset(ZoneOffset.UTC));
                        kase.setObject(12, ts.atOffset(ZoneOffset.UTC));
                        kase.setObject(13, ts.atOffset(ZoneOffset.UTC));
                        kase.addBatch();
                        disp.setLong(1, id);
                        disp.setObject(2, stepStart.atOffset(ZoneOffset.UTC));
                        disp.setObject(3, executor == null ? null : stepStart.atOffset(ZoneOffset.UTC));
                        disp.setObject(4, step == CaseStep.INTERIM_PUBLISHED ? stepStart.atOffset(ZoneOffset.UTC) : null);
                        disp.setObject(5, step == CaseStep.INTERIM_PUBLISHED ? stepStart.atOffset(ZoneOffset.UTC) : null);
                        disp.setString(6, "");
                        disp.addBatch();
                    }
                    post.executeBatch();
                    kase.executeBatch();
                    disp.executeBatch();
                }
                return null;
            });
        }
    }
}
