package org.otklik.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Actor;
import org.otklik.core.AuditEntry;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Role;
import org.otklik.core.Topic;
import org.otklik.dispatcher.CaseProgress;
import org.otklik.dispatcher.CaseText;
import org.otklik.dispatcher.CaseWorkflow;
import org.otklik.dispatcher.CheckResult;
import org.otklik.dispatcher.DeadlineWatch;
import org.otklik.dispatcher.DispatchConfig;
import org.otklik.dispatcher.Dispatcher;
import org.otklik.dispatcher.DraftChecks;
import org.otklik.dispatcher.ForbiddenActionException;
import org.otklik.dispatcher.IllegalStepException;
import org.otklik.dispatcher.Notifier;
import org.otklik.dispatcher.RunningDeadline;
import org.otklik.dispatcher.Violation;
import org.otklik.store.StaleCaseException;
import org.otklik.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./otklik case …}: drives a case through its steps from the command line, with the same role checks as the dashboard. */
@Command(name = "case", description = "List, show and move cases through the regulation's steps.",
        subcommands = {
                CaseCommand.ListCases.class, CaseCommand.Show.class, CaseCommand.Open.class, CaseCommand.Route.class,
                CaseCommand.Take.class, CaseCommand.Return.class, CaseCommand.Submit.class, CaseCommand.Approve.class,
                CaseCommand.Rework.class, CaseCommand.Publish.class, CaseCommand.Interim.class, CaseCommand.Contribute.class,
                CaseCommand.OverrideExclusion.class, CaseCommand.Watch.class
        })
final class CaseCommand implements Runnable {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every case subcommand shares: config, database, who acts, and the clock. */
    static final class Session {
        @Mixin
        ConfigOption config;

        @Option(names = "--db", paramLabel = "JDBC-URL", description = "database (default: otklik.yaml's, or OTKLIK_DB_URL)")
        String db;

        @Option(names = "--now", paramLabel = "ISO-DATETIME", description = "act as if it were this moment (scripts and tests)")
        String now;

        OtklikConfig cfg;
        DispatchConfig dispatch;
        Store store;
        Clock clock;

        Session open() {
            cfg = config.load();
            dispatch = DispatchConfig.load(cfg);
            clock = Clock.systemUTC();
            if (now != null) {
                try {
                    clock = Clock.fixed(OffsetDateTime.parse(now).toInstant(), ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw new BadInputException("--now: '" + now + "' is not an ISO-8601 date-time with offset");
                }
            }
            String url = db != null ? db : cfg.settings().databaseUrl();
            store = Store.open(url, cfg.settings().databaseUser(), cfg.settings().databasePassword().value());
            return this;
        }

        CaseWorkflow workflow() {
            return new CaseWorkflow(store, cfg, dispatch, clock);
        }

        ZoneId zone(Case k) {
            return cfg.profile(k.municipality()).municipality().zone();
        }
    }

    /** Who acts. */
    static final class As {
        @Option(names = "--as", required = true, paramLabel = "LOGIN", description = "login written to the audit log")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "specialist, curator, executor, head, chief or admin")
        String role;

        @Option(names = "--municipality", required = true, paramLabel = "ID", description = "the actor's municipality")
        String municipality;

        @Option(names = "--department", paramLabel = "EXECUTOR-ID", description = "the executor department of an executor or head")
        String department;

        Actor actor() {
            try {
                return new Actor(login, Role.fromCode(role), municipality, department);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--role: " + e.getMessage());
            }
        }
    }

    /** Runs an action and turns the workflow's refusals into exit code 2 with the reason. */
    abstract static class Action implements Callable<Integer> {
        @Mixin
        Session session;

        @ArgGroup(exclusive = false, multiplicity = "1")
        As as;

        @Parameters(index = "0", paramLabel = "CASE-ID")
        long caseId;

        @Spec
        CommandSpec spec;

        abstract Case act(CaseWorkflow w, Actor actor);

        @Override
        public Integer call() {
            Session s = session.open();
            try (Store ignored = s.store) {
                Case k;
                try {
                    k = act(s.workflow(), as.actor());
                } catch (ForbiddenActionException e) {
                    throw new BadInputException("forbidden: " + e.getMessage());
                } catch (IllegalStepException | StaleCaseException e) {
                    throw new BadInputException(e.getMessage());
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
                spec.commandLine().getOut().println("case " + k.id() + ": " + k.step().code() + " (" + k.step().title() + ")");
                return Main.OK;
            }
        }
    }

    @Command(name = "route", description = "Curator: send the case to an executor (and co-executors); without --executor, the routing table's suggestion.")
    static final class Route extends Action {
        @Option(names = "--executor", paramLabel = "ID")
        String executor;

        @Option(names = "--co", split = ",", paramLabel = "ID,ID")
        List<String> co = new ArrayList<>();

        @Option(names = "--reason")
        String reason;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            String lead = executor;
            List<String> coExecutors = co;
            if (lead == null) {
                Case k = w.get(caseId, actor);
                var a = session.dispatch.rules(k.municipality()).assignmentFor(k, session.cfg.profile(k.municipality()));
                if (a.executor() == null) {
                    throw new BadInputException("no routing line matches case " + caseId + ": give --executor");
                }
                lead = a.executor();
                coExecutors = co.isEmpty() ? a.coExecutors() : co;
            }
            return w.route(caseId, lead, coExecutors, actor, reason);
        }
    }

    @Command(name = "take", description = "Executor: take the case into work.")
    static final class Take extends Action {
        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.take(caseId, actor);
        }
    }

    @Command(name = "return", description = "Executor or head: return the case to the curator as outside the department's competence.")
    static final class Return extends Action {
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.returnToCurator(caseId, actor, reason);
        }
    }

    @Command(name = "submit", description = "Executor: submit a draft answer.")
    static final class Submit extends Action {
        @Option(names = "--text", required = true)
        String text;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.submitDraft(caseId, actor, text);
        }
    }

    @Command(name = "approve", description = "Approver (head or curator, as the regulation says): approve the draft.")
    static final class Approve extends Action {
        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.approve(caseId, actor);
        }
    }

    @Command(name = "rework", description = "Approver: send the draft back for rework.")
    static final class Rework extends Action {
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.rework(caseId, actor, reason);
        }
    }

    @Command(name = "publish", description = "Specialist or curator: publish the approved answer (default: the approved draft).")
    static final class Publish extends Action {
        @Option(names = "--text")
        String text;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.publish(caseId, actor, text);
        }
    }

    @Command(name = "interim", description = "Specialist or curator: publish an interim answer; the final one is due later.")
    static final class Interim extends Action {
        @Option(names = "--text", required = true)
        String text;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.publishInterim(caseId, actor, text);
        }
    }

    @Command(name = "contribute", description = "Co-executor: give the department's input.")
    static final class Contribute extends Action {
        @Option(names = "--text", required = true)
        String text;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.contribute(caseId, actor, text);
        }
    }

    @Command(name = "override", description = "Curator: override a false filter hit; the case becomes new.")
    static final class OverrideExclusion extends Action {
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        Case act(CaseWorkflow w, Actor actor) {
            return w.overrideExclusion(caseId, actor, reason);
        }
    }

    @Command(name = "open", description = "Open a case for a message given on the command line (as the pipeline would).")
    static final class Open implements Callable<Integer> {
        @Mixin
        Session session;

        @Spec
        CommandSpec spec;

        @Option(names = "--municipality", required = true, paramLabel = "ID")
        String municipality;

        @Option(names = "--text", required = true)
        String text;

        @Option(names = "--topic", required = true, split = ",", paramLabel = "TOPIC,TOPIC", description = "lead topic first")
        List<String> topics;

        @Option(names = "--importance", defaultValue = "normal")
        String importance;

        @Option(names = "--settlement")
        String settlement;

        @Option(names = "--filter", defaultValue = "none", description = "none, obscene, insult or threat")
        String filter;

        @Option(names = "--author")
        String author;

        @Override
        public Integer call() {
            Session s = session.open();
            if (!s.cfg.profiles().containsKey(municipality)) {
                throw new BadInputException("--municipality: unknown '" + municipality + "'; configured: " + String.join(", ", s.cfg.profiles().keySet()));
            }
            try (Store store = s.store) {
                List<Topic> ts;
                Importance imp;
                FilterVerdict f;
                try {
                    ts = topics.stream().map(Topic::fromCode).toList();
                    imp = Importance.fromCode(importance);
                    f = FilterVerdict.fromCode(filter);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
                Instant now = s.clock.instant();
                Post p = new Post(Network.WEB, "cli", "cli-" + now.toEpochMilli() + "-" + Math.abs(text.hashCode()), municipality,
                        author, text, null, now, null, 0, 0, 0, 0);
                long postId = store.savePost(p, now).postId();
                Classification c = new Classification(p.externalId(), true, ts, new Location(municipality, settlement, null, null),
                        imp, f, null, List.of("введено вручную"));
                Case k = new Dispatcher(store, s.cfg, s.dispatch, Notifier.none(), s.clock).intake(postId, p, c, now).orElseThrow();
                spec.commandLine().getOut().println("case " + k.id() + ": " + k.step().code() + (k.repeatOf() == null ? "" : " (repeat of " + k.repeatOf() + ")"));
                return Main.OK;
            }
        }
    }

    @Command(name = "list", description = "List the cases of a municipality with their worst running deadline.")
    static final class ListCases implements Callable<Integer> {
        @Mixin
        Session session;

        @Spec
        CommandSpec spec;

        @Option(names = "--municipality", required = true, paramLabel = "ID")
        String municipality;

        @Option(names = "--step", paramLabel = "STEP")
        String step;

        @Option(names = "--limit", defaultValue = "100")
        int limit;

        @Override
        public Integer call() {
            Session s = session.open();
            try (Store store = s.store) {
                CaseStep wanted = null;
                if (step != null) {
                    try {
                        wanted = CaseStep.fromCode(step);
                    } catch (IllegalArgumentException e) {
                        throw new BadInputException("--step: " + e.getMessage());
                    }
                }
                String stepCode = wanted == null ? null : wanted.code();
                List<Case> cases = store.transaction("list cases", c -> {
                    List<Case> out = new ArrayList<>();
                    try (var ps = c.prepareStatement("SELECT * FROM cases WHERE municipality = ? AND (CAST(? AS VARCHAR(32)) IS NULL OR step = ?) ORDER BY id DESC")) {
                        ps.setMaxRows(limit);
                        ps.setString(1, municipality);
                        ps.setString(2, stepCode);
                        ps.setString(3, stepCode);
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(Store.caseRow(rs));
                            }
                        }
                    }
                    return out;
                });
                PrintWriter out = spec.commandLine().getOut();
                CaseWorkflow w = s.workflow();
                for (Case k : cases) {
                    List<RunningDeadline> ds = w.deadlines(k);
                    RunningDeadline worst = ds.stream().filter(RunningDeadline::obligation)
                            .max(java.util.Comparator.comparing((RunningDeadline d) -> d.state().ordinal())
                                    .thenComparing(RunningDeadline::dueAt, java.util.Comparator.reverseOrder())).orElse(null);
                    out.printf(Locale.ROOT, "%6d  %-18s %-22s %-14s %s%n", k.id(), k.step().code(), k.executor() == null ? "-" : k.executor(),
                            k.topics().isEmpty() ? "-" : k.topics().get(0).code(),
                            worst == null ? "" : worst.kind().code() + " " + LOCAL.format(worst.dueAt().atZone(s.zone(k))) + " " + worst.state());
                }
                return Main.OK;
            }
        }
    }

    @Command(name = "show", description = "Show a case: deadlines, history, texts, violations and the checks of the last draft.")
    static final class Show implements Callable<Integer> {
        @Mixin
        Session session;

        @ArgGroup(exclusive = false, multiplicity = "1")
        As as;

        @Parameters(index = "0", paramLabel = "CASE-ID")
        long caseId;

        @Option(names = "--checks", description = "run the draft checks (LanguageTool takes a few seconds to load)")
        boolean checks;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Session s = session.open();
            try (Store store = s.store) {
                CaseWorkflow w = s.workflow();
                Case k;
                try {
                    k = w.get(caseId, as.actor());
                } catch (ForbiddenActionException e) {
                    throw new BadInputException("forbidden: " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
                ZoneId zone = s.zone(k);
                PrintWriter out = spec.commandLine().getOut();
                CaseProgress p = w.progress(k.id());
                out.println("case " + k.id() + " (" + k.municipality() + "): " + k.step().code() + " — " + k.step().title());
                out.println("topics: " + k.topics().stream().map(Topic::code).toList() + ", importance: " + k.importance().code()
                        + (k.repeatOf() == null ? "" : ", repeat of " + k.repeatOf()));
                out.println("executor: " + (k.executor() == null ? "-" : k.executor()) + (k.coExecutors().isEmpty() ? "" : ", co-executors: "
                        + k.coExecutors()) + (p.assignee() == null ? "" : ", assignee: " + p.assignee()));
                out.println("detected: " + LOCAL.format(k.detectedAt().atZone(zone)));
                out.println("deadlines:");
                for (RunningDeadline d : w.deadlines(k)) {
                    out.printf(Locale.ROOT, "  %-22s %s  %-8s %s%s%n", d.kind().code(), LOCAL.format(d.dueAt().atZone(zone)), d.state(), d.department(),
                            d.obligation() ? "" : " (window)");
                }
                out.println("history:");
                for (AuditEntry e : store.audit(k.id())) {
                    out.printf(Locale.ROOT, "  %s  %-12s %s → %s%s%n", LOCAL.format(e.at().atZone(zone)), e.actor(), e.from() == null ? "-" : e.from().code(),
                            e.to().code(), e.reason() == null ? "" : "  (" + e.reason() + ")");
                }
                List<CaseText> texts = w.texts(k.id());
                for (CaseText t : texts) {
                    out.printf(Locale.ROOT, "%s by %s at %s:%n  %s%n", t.kind().code(), t.author(), LOCAL.format(t.at().atZone(zone)), t.text());
                }
                for (Violation v : w.violations(k.id())) {
                    out.printf(Locale.ROOT, "violation: %s (%s), due %s%n", v.kind().code(), v.department(), LOCAL.format(v.dueAt().atZone(zone)));
                }
                if (checks) {
                    String draft = null;
                    for (CaseText t : texts) {
                        if (t.kind() == CaseText.Kind.DRAFT) {
                            draft = t.text();
                        }
                    }
                    if (draft != null) {
                        Post post = store.post(k.postId()).orElseThrow().post();
                        for (CheckResult r : new DraftChecks(s.dispatch.answerLimits(), DraftChecks.languageTool())
                                .run(post, draft, k.repeatOf() != null)) {
                            out.println("check " + r.check() + ": " + (r.passed() ? "ok" : "FAILED") + (r.reasons().isEmpty() ? "" : " — "
                                    + String.join("; ", r.reasons())));
                        }
                    }
                }
                return Main.OK;
            }
        }
    }

    @Command(name = "watch", description = "Run one timer pass: book missed deadlines, count due-soon and overdue cases.")
    static final class Watch implements Callable<Integer> {
        @Mixin
        Session session;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Session s = session.open();
            try (Store store = s.store) {
                DeadlineWatch.Pass p = new DeadlineWatch(store, s.cfg, s.dispatch, Notifier.none(), s.clock).run();
                spec.commandLine().getOut().printf(Locale.ROOT, "open cases %d: on time %d, due soon %d, overdue %d; new violations %d, reassigned %d (%d ms)%n",
                        p.cases(), p.onTime(), p.dueSoon(), p.overdue(), p.newViolations(), p.reassigned(), p.millis());
                return Main.OK;
            }
        }
    }
}
