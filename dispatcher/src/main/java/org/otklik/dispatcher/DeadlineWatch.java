package org.otklik.dispatcher;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Case;
import org.otklik.core.RegulationProfile;
import org.otklik.core.WorkingCalendar;
import org.otklik.dispatcher.internal.DispatchTables;
import org.otklik.store.Store;
import org.otklik.store.SqlInstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer pass: reads every open case, books each missed deadline once as a violation (and notifies), counts
 * "due soon" and "overdue", and hands a case whose assignee is away today to a present member or deputy.
 * Run it from a scheduler every minute or so; it is idempotent.
 */
public final class DeadlineWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 1000;

    /** What one pass saw. */
    public record Pass(int cases, int onTime, int dueSoon, int overdue, int newViolations, int reassigned, long millis) {
    }

    private final Store store;
    private final OtklikConfig config;
    private final DispatchConfig dispatch;
    private final Notifier notifier;
    private final Clock clock;

    public DeadlineWatch(Store store, OtklikConfig config, DispatchConfig dispatch, Notifier notifier, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static String key(long caseId, String kind, String department, Instant due) {
        return caseId + "|" + kind + "|" + department + "|" + due.getEpochSecond();
    }

    public Pass run() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        int[] counts = new int[4];
        List<Violation> missed = new ArrayList<>();
        List<CaseProgress> reassign = new ArrayList<>();
        java.util.Set<String> booked = new java.util.HashSet<>();
        store.transaction("read open cases", c -> {
            // what is already booked, read once: a pass then writes only what is new
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT v.case_id, v.kind, v.department, v.due_at FROM violations v JOIN cases c ON c.id = v.case_id
                    WHERE c.step NOT IN ('published', 'excluded')""")) {
                ps.setFetchSize(BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        booked.add(key(rs.getLong(1), rs.getString(2), rs.getString(3), SqlInstants.instant(rs, "due_at")));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.*, d.* FROM cases c LEFT JOIN dispatch_cases d ON d.case_id = c.id
                    WHERE c.step NOT IN ('published', 'excluded')""")) {
                ps.setFetchSize(BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Case k = Store.caseRow(rs);
                        rs.getLong("case_id");
                        CaseProgress p = rs.wasNull() ? DispatchTables.fallback(k) : DispatchTables.progress(rs);
                        if (!config.profiles().containsKey(k.municipality())) {
                            continue;
                        }
                        RegulationProfile profile = config.profile(k.municipality());
                        WorkingCalendar cal = calendars.computeIfAbsent(k.municipality(), m -> profile.calendar(config.calendar()));
                        DispatchRules rules = dispatch.rules(k.municipality());
                        counts[0]++;
                        DeadlineState worst = DeadlineState.ON_TIME;
                        for (RunningDeadline d : StepDeadlines.due(k, p, profile, rules, cal)) {
                            if (!d.obligation()) {
                                continue;
                            }
                            DeadlineState s = StepDeadlines.state(d.dueAt(), now, cal, dispatch.dueSoonMinutes());
                            if (s.ordinal() > worst.ordinal()) {
                                worst = s;
                            }
                            if (s == DeadlineState.OVERDUE && !booked.contains(key(k.id(), d.kind().code(), d.department(), d.dueAt()))) {
                                missed.add(new Violation(k.id(), k.municipality(), d.kind(), d.department(), d.dueAt(), now));
                            }
                        }
                        counts[1 + worst.ordinal()]++;
                        if (p.assignee() != null && k.executor() != null) {
                            ZoneId zone = profile.municipality().zone();
                            LocalDate today = LocalDate.ofInstant(now, zone);
                            if (rules.staff().absent(p.assignee(), today)) {
                                rules.staff().assignee(k.executor(), today).filter(a -> !a.equals(p.assignee())).ifPresent(a ->
                                        reassign.add(new CaseProgress(p.caseId(), p.stepStartedAt(), p.routedAt(), p.interimAt(),
                                                p.answeredAt(), p.finalDraftAt(), p.coPending(), p.coCheckSince(), a, p.reworks())));
                            }
                        }
                    }
                }
            }
            return null;
        });
        List<Violation> fresh = new ArrayList<>();
        for (int i = 0; i < missed.size(); i += BATCH) {
            List<Violation> chunk = missed.subList(i, Math.min(missed.size(), i + BATCH));
            try {
                // the pass read what was booked: a plain batch is enough unless another node books the same meanwhile
                store.transaction("book " + chunk.size() + " violations", c -> {
                    DispatchTables.insertViolations(c, chunk);
                    return null;
                });
                fresh.addAll(chunk);
            } catch (org.otklik.store.StoreException e) {
                store.transaction("book " + chunk.size() + " violations one by one", c -> {
                    for (Violation v : chunk) {
                        if (DispatchTables.recordViolation(c, v)) {
                            fresh.add(v);
                        }
                    }
                    return null;
                });
            }
        }
        if (!reassign.isEmpty()) {
            store.transaction("reassign " + reassign.size() + " cases of absent officers", c -> {
                for (CaseProgress p : reassign) {
                    DispatchTables.updateProgress(c, p);
                }
                return null;
            });
        }
        for (Violation v : fresh) {
            if (fresh.size() > 100) {
                break;
            }
            notifier.send(new Notification("overdue", v.municipality(), v.caseId(),
                    "Нарушение срока по делу " + v.caseId(), "Пропущен срок «" + v.kind().title() + "» ("
                    + v.department() + "), срок был " + v.dueAt() + "."));
        }
        if (fresh.size() > 100) {
            LOG.warn("{} new violations in one pass: not notified one by one", fresh.size());
        }
        return new Pass(counts[0], counts[1], counts[2], counts[3], fresh.size(), reassign.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
