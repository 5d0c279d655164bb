package org.otklik.dispatcher;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.DeadlineKind;
import org.otklik.core.Importance;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;
import org.otklik.core.WorkingCalendar;
import org.otklik.core.WorkingDuration;

/**
 * The deadlines a case runs against at its current step, from the municipality's profile in working time.
 * A deadline the profile does not set is simply absent. Pure: everything comes in, nothing is read or written.
 */
public final class StepDeadlines {

    private StepDeadlines() {
    }

    /** Running deadlines of the case with their state at the clock's now. */
    public static List<RunningDeadline> of(Case k, CaseProgress p, RegulationProfile profile, DispatchRules rules,
                                           WorkingCalendar calendar, int dueSoonMinutes, Clock clock) {
        Instant now = clock.instant();
        List<RunningDeadline> due = due(k, p, profile, rules, calendar);
        List<RunningDeadline> out = new ArrayList<>(due.size());
        for (RunningDeadline d : due) {
            out.add(new RunningDeadline(d.kind(), d.dueAt(), state(d.dueAt(), now, calendar, dueSoonMinutes),
                    d.department(), d.obligation()));
        }
        return out;
    }

    /** The state of one deadline at {@code now}: overdue once passed, due soon within the margin of working minutes. */
    public static DeadlineState state(Instant dueAt, Instant now, WorkingCalendar calendar, int dueSoonMinutes) {
        if (now.isAfter(dueAt)) {
            return DeadlineState.OVERDUE;
        }
        // wall-clock minutes are never fewer than working minutes: a cheap answer first
        if (java.time.Duration.between(now, dueAt).toMinutes() <= dueSoonMinutes) {
            return DeadlineState.DUE_SOON;
        }
        return calendar.workingMinutesBetween(now, dueAt) <= dueSoonMinutes ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
    }

    /** The running deadlines without a state (it is {@link DeadlineState#ON_TIME} as a placeholder). */
    public static List<RunningDeadline> due(Case k, CaseProgress p, RegulationProfile profile, DispatchRules rules,
                                            WorkingCalendar cal) {
        List<RunningDeadline> out = new ArrayList<>(4);
        CaseStep step = k.step();
        if (step.closed()) {
            return out;
        }
        String executor = k.executor() == null ? DispatchRules.CURATOR : k.executor();

        // the answer itself, or after an interim answer the final one (or its draft, where the regulation says so)
        if (p.interimAt() == null) {
            if (k.answerDueAt() != null) {
                DeadlineKind kind = k.importance() == Importance.HIGH && profile.deadline(DeadlineKind.ANSWER_HIGH).isPresent()
                        ? DeadlineKind.ANSWER_HIGH : DeadlineKind.ANSWER;
                out.add(obligation(kind, k.answerDueAt(), executor));
            }
        } else if (!(rules.finalDraftAfterInterim() && p.finalDraftAt() != null)) {
            profile.deadline(DeadlineKind.FINAL_AFTER_INTERIM).ifPresent(d ->
                    out.add(obligation(DeadlineKind.FINAL_AFTER_INTERIM, cal.plus(p.interimAt(), d), executor)));
        }

        switch (step) {
            case NEW -> {
                // the specialist's hand-over to the curator is immediate in Otklik; the routing term follows it
                Optional<WorkingDuration> route = profile.deadline(DeadlineKind.ROUTE);
                if (route.isPresent()) {
                    Instant curatorGot = profile.deadline(DeadlineKind.DETECT_TO_CURATOR)
                            .map(d -> cal.plus(p.stepStartedAt(), d)).orElse(p.stepStartedAt());
                    out.add(obligation(DeadlineKind.ROUTE, cal.plus(curatorGot, route.get()), DispatchRules.CURATOR));
                }
            }
            case RETURNED -> profile.deadline(DeadlineKind.ROUTE).ifPresent(d ->
                    out.add(obligation(DeadlineKind.ROUTE, cal.plus(p.stepStartedAt(), d), DispatchRules.CURATOR)));
            case ROUTED, IN_WORK -> {
                Instant routed = p.routedAt() == null ? p.stepStartedAt() : p.routedAt();
                profile.deadline(DeadlineKind.RETURN).ifPresent(d ->
                        out.add(new RunningDeadline(DeadlineKind.RETURN, cal.plus(routed, d), DeadlineState.ON_TIME, executor, false)));
                if (p.interimAt() == null) {
                    draftDeadline(k, routed, profile, cal, executor).ifPresent(out::add);
                }
            }
            case REWORK -> profile.deadline(DeadlineKind.REWORK).ifPresent(d ->
                    out.add(obligation(DeadlineKind.REWORK, cal.plus(p.stepStartedAt(), d), executor)));
            case DRAFT_SUBMITTED -> profile.deadline(DeadlineKind.APPROVAL).ifPresent(d ->
                    out.add(obligation(DeadlineKind.APPROVAL, cal.plus(p.stepStartedAt(), d),
                            rules.approvers().contains(Role.HEAD) ? executor : DispatchRules.CURATOR)));
            case APPROVED -> profile.deadline(DeadlineKind.PUBLISH).ifPresent(d ->
                    out.add(obligation(DeadlineKind.PUBLISH, cal.plus(p.stepStartedAt(), d), DispatchRules.CURATOR)));
            default -> {
            }
        }

        if (p.routedAt() != null && !p.coPending().isEmpty()) {
            profile.deadline(DeadlineKind.CO_EXECUTOR_INPUT).ifPresent(d -> {
                Instant at = cal.plus(p.routedAt(), d);
                for (String co : p.coPending()) {
                    out.add(obligation(DeadlineKind.CO_EXECUTOR_INPUT, at, co));
                }
            });
        }
        if (p.coCheckSince() != null) {
            profile.deadline(DeadlineKind.CO_EXECUTOR_CHECK).ifPresent(d ->
                    out.add(obligation(DeadlineKind.CO_EXECUTOR_CHECK, cal.plus(p.coCheckSince(), d), DispatchRules.CURATOR)));
        }
        return out;
    }

    private static Optional<RunningDeadline> draftDeadline(Case k, Instant routed, RegulationProfile profile,
                                                           WorkingCalendar cal, String executor) {
        Optional<WorkingDuration> before = profile.deadline(DeadlineKind.DRAFT_BEFORE_ANSWER);
        if (before.isPresent() && k.answerDueAt() != null) {
            WorkingDuration d = before.get();
            Instant at = d.unit() == WorkingDuration.Unit.MINUTES
                    ? cal.minusWorkingMinutes(k.answerDueAt(), d.amount())
                    : k.answerDueAt();
            return Optional.of(obligation(DeadlineKind.DRAFT_BEFORE_ANSWER, at, executor));
        }
        return profile.deadline(DeadlineKind.DRAFT_AFTER_ROUTING)
                .map(d -> obligation(DeadlineKind.DRAFT_AFTER_ROUTING, cal.plus(routed, d), executor));
    }

    private static RunningDeadline obligation(DeadlineKind kind, Instant at, String department) {
        return new RunningDeadline(kind, at, DeadlineState.ON_TIME, department, true);
    }
}
