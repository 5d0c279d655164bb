package org.otklik.dispatcher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Actor;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.DeadlineKind;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;
import org.otklik.core.WorkingCalendar;
import org.otklik.dispatcher.internal.DispatchTables;
import org.otklik.store.Store;

/**
 * The case's step machine with the regulation's role checks. Every action checks, in this order: the case is of
 * the actor's municipality and the actor's role and department may do it ({@link ForbiddenActionException}); the
 * step allows it and the required reason or text is there ({@link IllegalStepException}). Then it books every
 * deadline already missed at this moment as a violation, moves the case with an audit row
 * ({@link Store#moveCase}) and updates the dispatcher's timing.
 */
public final class CaseWorkflow {
    private static final Set<CaseStep> ROUTABLE = EnumSet.of(CaseStep.NEW, CaseStep.RETURNED, CaseStep.ROUTED, CaseStep.IN_WORK);
    private static final Set<CaseStep> RETURNABLE = EnumSet.of(CaseStep.ROUTED, CaseStep.IN_WORK);
    private static final Set<CaseStep> DRAFTABLE = EnumSet.of(CaseStep.IN_WORK, CaseStep.REWORK, CaseStep.INTERIM_PUBLISHED);
    private static final Set<CaseStep> INTERIMABLE = EnumSet.of(CaseStep.ROUTED, CaseStep.IN_WORK, CaseStep.REWORK,
            CaseStep.DRAFT_SUBMITTED, CaseStep.APPROVED);
    private static final int MAX_REASON = 2000;

    private final Store store;
    private final OtklikConfig config;
    private final DispatchConfig dispatch;
    private final Clock clock;

    public CaseWorkflow(Store store, OtklikConfig config, DispatchConfig dispatch, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Curator sends the case to a lead executor and co-executors (or re-routes it). */
    public Case route(long caseId, String executorId, List<String> coExecutors, Actor actor, String reason) {
        Case k = load(caseId, actor);
        curator(actor, "направлять дела исполнителям");
        step(k, ROUTABLE, "направить исполнителю");
        RegulationProfile profile = config.profile(k.municipality());
        if (executorId == null || profile.executor(executorId).isEmpty()) {
            throw new IllegalStepException("«" + executorId + "» не является исполнителем в " + k.municipality());
        }
        Set<String> co = new LinkedHashSet<>(coExecutors == null ? List.of() : coExecutors);
        co.remove(executorId);
        for (String e : co) {
            if (profile.executor(e).isEmpty()) {
                throw new IllegalStepException("соисполнитель «" + e + "» не является исполнителем в " + k.municipality());
            }
        }
        Instant now = clock.instant();
        DispatchRules rules = dispatch.rules(k.municipality());
        LocalDate today = LocalDate.ofInstant(now, profile.municipality().zone());
        String assignee = rules.staff().assignee(executorId, today).orElse(null);
        List<String> coList = List.copyOf(co);
        String why = "исполнитель: " + executorId + (coList.isEmpty() ? "" : ", соисполнители: " + String.join(", ", coList))
                + (assignee == null ? "" : ", ответственный: " + assignee) + (blank(reason) ? "" : "; " + bound(reason));
        return move(k, actor, now, why, CaseStep.ROUTED,
                c -> new Case(c.id(), c.postId(), c.municipality(), CaseStep.ROUTED, c.topics(), c.location(), c.importance(),
                        executorId, coList, c.detectedAt(), c.answerDueAt(), c.repeatOf(), now),
                p -> new CaseProgress(p.caseId(), now, now, p.interimAt(), p.answeredAt(), p.finalDraftAt(), coList, null,
                        assignee, p.reworks()), null);
    }

    /** An officer of the case's department takes it into work. */
    public Case take(long caseId, Actor actor) {
        Case k = load(caseId, actor);
        ofDepartment(actor, k, EnumSet.of(Role.EXECUTOR), "брать дело в работу");
        step(k, EnumSet.of(CaseStep.ROUTED), "взять в работу");
        Instant now = clock.instant();
        return move(k, actor, now, null, CaseStep.IN_WORK, c -> c.withStep(CaseStep.IN_WORK, now),
                p -> new CaseProgress(p.caseId(), now, p.routedAt(), p.interimAt(), p.answeredAt(), p.finalDraftAt(),
                        p.coPending(), p.coCheckSince(), actor.login(), p.reworks()), null);
    }

    /** The department returns a case outside its competence to the curator, with a reason. */
    public Case returnToCurator(long caseId, Actor actor, String reason) {
        Case k = load(caseId, actor);
        ofDepartment(actor, k, EnumSet.of(Role.EXECUTOR, Role.HEAD), "возвращать дело куратору");
        step(k, RETURNABLE, "вернуть куратору");
        requireReason(reason, "возврат");
        Instant now = clock.instant();
        CaseProgress p = progress(k.id());
        RegulationProfile profile = config.profile(k.municipality());
        // returning is allowed, not required: a late return is booked here, as the watch never books a window
        profile.deadline(DeadlineKind.RETURN).ifPresent(d -> {
            Instant due = calendar(k).plus(p.routedAt() == null ? p.stepStartedAt() : p.routedAt(), d);
            if (now.isAfter(due)) {
                store.transaction("record late return of case " + k.id(), c -> DispatchTables.recordViolation(c,
                        new Violation(k.id(), k.municipality(), DeadlineKind.RETURN, k.executor(), due, now)));
            }
        });
        return move(k, actor, now, bound(reason), CaseStep.RETURNED,
                c -> new Case(c.id(), c.postId(), c.municipality(), CaseStep.RETURNED, c.topics(), c.location(), c.importance(),
                        null, List.of(), c.detectedAt(), c.answerDueAt(), c.repeatOf(), now),
                q -> new CaseProgress(q.caseId(), now, q.routedAt(), q.interimAt(), q.answeredAt(), q.finalDraftAt(), List.of(),
                        null, null, q.reworks()), null);
    }

    /** The department submits a draft answer (first, after rework, or the final one after an interim answer). */
    public Case submitDraft(long caseId, Actor actor, String text) {
        Case k = load(caseId, actor);
        ofDepartment(actor, k, EnumSet.of(Role.EXECUTOR, Role.HEAD), "готовить проект ответа");
        step(k, DRAFTABLE, "направить проект ответа");
        requireText(text, "проект ответа");
        Instant now = clock.instant();
        return move(k, actor, now, null, CaseStep.DRAFT_SUBMITTED, c -> c.withStep(CaseStep.DRAFT_SUBMITTED, now),
                p -> new CaseProgress(p.caseId(), now, p.routedAt(), p.interimAt(), p.answeredAt(),
                        p.interimAt() != null && p.finalDraftAt() == null ? now : p.finalDraftAt(), p.coPending(),
                        p.coCheckSince(), p.assignee(), p.reworks()),
                new CaseText(k.id(), CaseText.Kind.DRAFT, actor.login(), actor.department(), now, text));
    }

    /** The approver (the department's head or the curator, as the regulation says) approves the draft. */
    public Case approve(long caseId, Actor actor) {
        Case k = load(caseId, actor);
        approver(actor, k);
        step(k, EnumSet.of(CaseStep.DRAFT_SUBMITTED), "согласовать");
        Instant now = clock.instant();
        return move(k, actor, now, null, CaseStep.APPROVED, c -> c.withStep(CaseStep.APPROVED, now),
                p -> at(p, now), null);
    }

    /** The approver sends the draft back for rework, with a reason. */
    public Case rework(long caseId, Actor actor, String reason) {
        Case k = load(caseId, actor);
        approver(actor, k);
        step(k, EnumSet.of(CaseStep.DRAFT_SUBMITTED), "вернуть на доработку");
        requireReason(reason, "доработка");
        Instant now = clock.instant();
        return move(k, actor, now, bound(reason), CaseStep.REWORK, c -> c.withStep(CaseStep.REWORK, now),
                p -> new CaseProgress(p.caseId(), now, p.routedAt(), p.interimAt(), p.answeredAt(), p.finalDraftAt(),
                        p.coPending(), p.coCheckSince(), p.assignee(), p.reworks() + 1), null);
    }

    /** The specialist (or curator) publishes the approved answer; the case is closed. */
    public Case publish(long caseId, Actor actor, String answerText) {
        Case k = load(caseId, actor);
        publisher(actor);
        step(k, EnumSet.of(CaseStep.APPROVED), "разместить ответ");
        String text = blank(answerText) ? lastDraft(k.id()) : answerText;
        requireText(text, "ответ");
        Instant now = clock.instant();
        return move(k, actor, now, null, CaseStep.PUBLISHED, c -> c.withStep(CaseStep.PUBLISHED, now),
                p -> new CaseProgress(p.caseId(), now, p.routedAt(), p.interimAt(), p.answeredAt() == null ? now : p.answeredAt(),
                        p.finalDraftAt(), p.coPending(), p.coCheckSince(), p.assignee(), p.reworks()),
                new CaseText(k.id(), CaseText.Kind.ANSWER, actor.login(), actor.department(), now, text));
    }

    /** An interim answer is published when the question cannot be solved in the answer term; the final one is due later. */
    public Case publishInterim(long caseId, Actor actor, String text) {
        Case k = load(caseId, actor);
        publisher(actor);
        step(k, INTERIMABLE, "разместить промежуточный ответ");
        if (progress(k.id()).interimAt() != null) {
            throw new IllegalStepException("по делу " + caseId + " промежуточный ответ уже размещён");
        }
        requireText(text, "промежуточный ответ");
        Instant now = clock.instant();
        return move(k, actor, now, null, CaseStep.INTERIM_PUBLISHED, c -> c.withStep(CaseStep.INTERIM_PUBLISHED, now),
                p -> new CaseProgress(p.caseId(), now, p.routedAt(), now, p.answeredAt() == null ? now : p.answeredAt(),
                        null, p.coPending(), p.coCheckSince(), p.assignee(), p.reworks()),
                new CaseText(k.id(), CaseText.Kind.INTERIM, actor.login(), actor.department(), now, text));
    }

    /** The curator overrides a false filter hit: the case becomes new, its answer term counting from now. */
    public Case overrideExclusion(long caseId, Actor actor, String reason) {
        Case k = load(caseId, actor);
        curator(actor, "отменять исключение фильтром");
        step(k, EnumSet.of(CaseStep.EXCLUDED), "отменить исключение");
        requireReason(reason, "отмена исключения");
        Instant now = clock.instant();
        RegulationProfile profile = config.profile(k.municipality());
        Instant due = calendar(k).plus(now, profile.answerLimit(k.importance()));
        return move(k, actor, now, bound(reason), CaseStep.NEW,
                c -> new Case(c.id(), c.postId(), c.municipality(), CaseStep.NEW, c.topics(), c.location(), c.importance(),
                        null, List.of(), c.detectedAt(), due, c.repeatOf(), now),
                p -> at(p, now), null);
    }

    /** A co-executor department gives its input; once all have, the curator's check starts where the profile has one. */
    public Case contribute(long caseId, Actor actor, String text) {
        Case k = load(caseId, actor);
        if (actor.role() != Role.EXECUTOR && actor.role() != Role.HEAD || !k.coExecutors().contains(actor.department())) {
            throw new ForbiddenActionException(actor.login() + " не относится к соисполнителям по делу " + caseId);
        }
        if (k.step().closed() || k.step() == CaseStep.RETURNED) {
            throw new IllegalStepException("дело " + caseId + " на шаге «" + k.step().title() + "»: информация соисполнителя сейчас не принимается");
        }
        requireText(text, "информация соисполнителя");
        Instant now = clock.instant();
        boolean check = config.profile(k.municipality()).deadline(DeadlineKind.CO_EXECUTOR_CHECK).isPresent();
        return move(k, actor, now, "информация соисполнителя " + actor.department(), k.step(), c -> c,
                p -> {
                    List<String> pending = new ArrayList<>(p.coPending());
                    pending.remove(actor.department());
                    Instant checkSince = pending.isEmpty() && !p.coPending().isEmpty() && check ? now : p.coCheckSince();
                    return new CaseProgress(p.caseId(), p.stepStartedAt(), p.routedAt(), p.interimAt(), p.answeredAt(),
                            p.finalDraftAt(), pending, checkSince, p.assignee(), p.reworks());
                },
                new CaseText(k.id(), CaseText.Kind.CONTRIBUTION, actor.login(), actor.department(), now, text));
    }

    /** The curator has checked the co-executors' input (Нефтекумск п. 16: within 30 minutes). */
    public Case acceptContributions(long caseId, Actor actor) {
        Case k = load(caseId, actor);
        curator(actor, "проверять информацию соисполнителей");
        if (progress(k.id()).coCheckSince() == null) {
            throw new IllegalStepException("по делу " + caseId + " нет информации соисполнителей, ожидающей проверки");
        }
        Instant now = clock.instant();
        return move(k, actor, now, "информация соисполнителей проверена", k.step(), c -> c,
                p -> new CaseProgress(p.caseId(), p.stepStartedAt(), p.routedAt(), p.interimAt(), p.answeredAt(),
                        p.finalDraftAt(), p.coPending(), null, p.assignee(), p.reworks()), null);
    }

    // ------------------------------------------------------------------ reading

    public Case get(long caseId, Actor actor) {
        return load(caseId, actor);
    }

    public CaseProgress progress(long caseId) {
        return store.transaction("read dispatch state of case " + caseId, c -> DispatchTables.progress(c, caseId))
                .orElseGet(() -> DispatchTables.fallback(store.caseById(caseId)
                        .orElseThrow(() -> new IllegalArgumentException("no case " + caseId))));
    }

    public List<CaseText> texts(long caseId) {
        return store.transaction("read texts of case " + caseId, c -> DispatchTables.texts(c, caseId));
    }

    public List<Violation> violations(long caseId) {
        return store.transaction("read violations of case " + caseId, c -> DispatchTables.violations(c, "case_id = ?", caseId));
    }

    /** The case's running deadlines now. */
    public List<RunningDeadline> deadlines(Case k) {
        return StepDeadlines.of(k, progress(k.id()), config.profile(k.municipality()), dispatch.rules(k.municipality()),
                calendar(k), dispatch.dueSoonMinutes(), clock);
    }

    // ------------------------------------------------------------------ machinery

    private interface Progression {
        CaseProgress apply(CaseProgress p);
    }

    private Case move(Case k, Actor actor, Instant now, String reason, CaseStep to, java.util.function.UnaryOperator<Case> change,
                      Progression progression, CaseText text) {
        CaseProgress before = progress(k.id());
        bookMissed(k, before, now);
        // the timing and the text commit with the step and its audit row, or not at all
        return store.moveCase(k.id(), k.step(), change, actor.login(), reason, now, (c, moved) -> {
            DispatchTables.updateProgress(c, progression.apply(DispatchTables.progress(c, k.id()).orElse(before)));
            if (text != null) {
                DispatchTables.addText(c, text);
            }
        });
    }

    private void bookMissed(Case k, CaseProgress p, Instant now) {
        List<RunningDeadline> due = StepDeadlines.due(k, p, config.profile(k.municipality()), dispatch.rules(k.municipality()),
                calendar(k));
        store.transaction("book missed deadlines of case " + k.id(), c -> {
            for (RunningDeadline d : due) {
                if (d.obligation() && now.isAfter(d.dueAt())) {
                    DispatchTables.recordViolation(c, new Violation(k.id(), k.municipality(), d.kind(), d.department(), d.dueAt(), now));
                }
            }
            return null;
        });
    }

    private Case load(long caseId, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Case k = store.caseById(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        if (!k.municipality().equals(actor.municipality())) {
            throw new ForbiddenActionException("Дело №" + caseId + " относится к другому муниципальному образованию ("
                    + municipalityName(k.municipality()) + ")");
        }
        return k;
    }

    private static void curator(Actor actor, String what) {
        if (actor.role() != Role.CURATOR && actor.role() != Role.ADMIN) {
            throw new ForbiddenActionException(actor.login() + " (" + actor.role().title() + ") не может " + what + ": это делает куратор");
        }
    }

    private static void publisher(Actor actor) {
        if (actor.role() != Role.SPECIALIST && actor.role() != Role.CURATOR && actor.role() != Role.ADMIN) {
            throw new ForbiddenActionException(actor.login() + " (" + actor.role().title() + ") не может размещать ответы: это делает специалист или куратор");
        }
    }

    private void ofDepartment(Actor actor, Case k, Set<Role> roles, String what) {
        if (!roles.contains(actor.role())) {
            throw new ForbiddenActionException(actor.role().title() + " не может " + what);
        }
        if (k.executor() == null || !k.executor().equals(actor.department())) {
            throw new ForbiddenActionException("Нельзя " + what + " по делу №" + k.id() + ": "
                    + (k.executor() == null ? "оно ещё не направлено исполнителю" : "оно направлено исполнителю «" + executorName(k, k.executor()) + "»"));
        }
    }

    private String municipalityName(String id) {
        return config.profiles().containsKey(id) ? config.profile(id).municipality().name() : id;
    }

    private String executorName(Case k, String executorId) {
        return config.profiles().containsKey(k.municipality())
                ? config.profile(k.municipality()).executor(executorId).map(org.otklik.core.Executor::name).orElse(executorId)
                : executorId;
    }

    private void approver(Actor actor, Case k) {
        Set<Role> approvers = dispatch.rules(k.municipality()).approvers();
        boolean head = actor.role() == Role.HEAD && approvers.contains(Role.HEAD) && k.executor() != null
                && k.executor().equals(actor.department());
        boolean curator = (actor.role() == Role.CURATOR || actor.role() == Role.ADMIN) && approvers.contains(Role.CURATOR);
        if (!head && !curator) {
            String who = approvers.stream().map(r -> r == Role.HEAD && k.executor() != null
                    ? "руководитель исполнителя «" + executorName(k, k.executor()) + "»" : r.title().toLowerCase(java.util.Locale.ROOT))
                    .sorted().collect(java.util.stream.Collectors.joining(" или "));
            throw new ForbiddenActionException("Проект ответа по делу №" + k.id() + " согласует " + who + " ("
                    + municipalityName(k.municipality()) + ")");
        }
    }

    private static void step(Case k, Set<CaseStep> allowed, String what) {
        if (!allowed.contains(k.step())) {
            throw new IllegalStepException("Нельзя " + what + " (дело №" + k.id() + "): дело на шаге «" + k.step().title()
                    + "», а это действие допустимо на шагах: " + allowed.stream().map(st -> "«" + st.title() + "»")
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private static void requireReason(String reason, String what) {
        if (blank(reason)) {
            throw new IllegalStepException("нужно указать причину: " + what);
        }
    }

    private static void requireText(String text, String what) {
        if (blank(text)) {
            throw new IllegalStepException("нужен текст: " + what);
        }
    }

    private String lastDraft(long caseId) {
        String last = null;
        for (CaseText t : texts(caseId)) {
            if (t.kind() == CaseText.Kind.DRAFT) {
                last = t.text();
            }
        }
        return last;
    }

    private static CaseProgress at(CaseProgress p, Instant now) {
        return new CaseProgress(p.caseId(), now, p.routedAt(), p.interimAt(), p.answeredAt(), p.finalDraftAt(), p.coPending(),
                p.coCheckSince(), p.assignee(), p.reworks());
    }

    private WorkingCalendar calendar(Case k) {
        return config.profile(k.municipality()).calendar(config.calendar());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String bound(String s) {
        return s.length() > MAX_REASON ? s.substring(0, MAX_REASON) : s;
    }
}
