package org.otklik.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.otklik.core.Case;
import org.otklik.core.DeadlineKind;
import org.otklik.core.ProductionCalendar;
import org.otklik.core.RegulationProfile;
import org.otklik.core.WorkingCalendar;
import org.otklik.core.WorkingDuration;

/**
 * Computes each case's current step deadline in its municipality's working time. The answer deadline
 * ({@link Case#answerDueAt()}, set by the dispatcher) always caps a step deadline: no step may run past it.
 * A step the regulation sets no limit for runs against the answer deadline itself.
 */
public final class StepDeadlines implements CaseDeadlines {
    /** Less than this much working time left turns the board amber. */
    public static final long DUE_SOON_MINUTES = 60;

    private final Map<String, RegulationProfile> profiles;
    private final ProductionCalendar calendar;
    private final Clock clock;
    private final Map<String, WorkingCalendar> calendars = new java.util.concurrent.ConcurrentHashMap<>();

    public StepDeadlines(Map<String, RegulationProfile> profiles, ProductionCalendar calendar, Clock clock) {
        this.profiles = Map.copyOf(profiles);
        this.calendar = calendar;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public StepDeadline of(Case k) {
        if (k.step().closed()) {
            return new StepDeadline("Закрыто", null, StepDeadline.Status.NONE, 0);
        }
        RegulationProfile p = profiles.get(k.municipality());
        if (p == null) {
            return answerOnly(k, null);
        }
        WorkingCalendar cal = calendars.computeIfAbsent(k.municipality(), m -> p.calendar(calendar));
        Instant stepStart = k.updatedAt() == null ? k.detectedAt() : k.updatedAt();
        Optional<Step> step = switch (k.step()) {
            case NEW, RETURNED -> after(p, cal, DeadlineKind.ROUTE, stepStart);
            case ROUTED, IN_WORK -> draftDue(p, cal, k, stepStart);
            case DRAFT_SUBMITTED -> after(p, cal, DeadlineKind.APPROVAL, stepStart);
            case REWORK -> after(p, cal, DeadlineKind.REWORK, stepStart);
            case APPROVED -> after(p, cal, DeadlineKind.PUBLISH, stepStart);
            case INTERIM_PUBLISHED, PUBLISHED, EXCLUDED -> Optional.empty();
        };
        Instant answer = k.answerDueAt();
        if (step.isPresent() && (answer == null || step.get().due().isBefore(answer))) {
            return status(step.get().what(), step.get().due(), cal);
        }
        return answerOnly(k, cal);
    }

    private record Step(String what, Instant due) {
    }

    private static Optional<Step> after(RegulationProfile p, WorkingCalendar cal, DeadlineKind kind, Instant from) {
        return p.deadline(kind).map(d -> new Step(kind.title(), cal.plus(from, d)));
    }

    private static Optional<Step> draftDue(RegulationProfile p, WorkingCalendar cal, Case k, Instant stepStart) {
        Optional<WorkingDuration> before = p.deadline(DeadlineKind.DRAFT_BEFORE_ANSWER);
        if (before.isPresent() && k.answerDueAt() != null && before.get().unit() == WorkingDuration.Unit.MINUTES) {
            return Optional.of(new Step(DeadlineKind.DRAFT_BEFORE_ANSWER.title(), cal.minusWorkingMinutes(k.answerDueAt(), before.get().amount())));
        }
        return after(p, cal, DeadlineKind.DRAFT_AFTER_ROUTING, stepStart);
    }

    private StepDeadline answerOnly(Case k, WorkingCalendar cal) {
        if (k.answerDueAt() == null) {
            return new StepDeadline("Срок не установлен", null, StepDeadline.Status.NONE, 0);
        }
        return status(DeadlineKind.ANSWER.title(), k.answerDueAt(), cal);
    }

    private StepDeadline status(String what, Instant due, WorkingCalendar cal) {
        Instant now = clock.instant();
        long left = cal == null ? java.time.Duration.between(now, due).toMinutes() : cal.workingMinutesBetween(now, due);
        StepDeadline.Status s;
        if (now.isAfter(due)) {
            s = StepDeadline.Status.OVERDUE;
            left = Math.min(left, -1);
        } else if (left <= DUE_SOON_MINUTES) {
            s = StepDeadline.Status.DUE_SOON;
        } else {
            s = StepDeadline.Status.ON_TIME;
        }
        return new StepDeadline(what, due, s, left);
    }
}
