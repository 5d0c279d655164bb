package org.otklik.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Case;
import org.otklik.dashboard.CaseDeadlines;
import org.otklik.dashboard.StepDeadline;
import org.otklik.dispatcher.CaseWorkflow;
import org.otklik.dispatcher.RunningDeadline;

/**
 * The board's deadline of a case, by the dispatcher's rules: of the deadlines the case is running against
 * (step, answer, co-executor input, final answer after an interim one), the one that falls first.
 */
final class DispatcherDeadlines implements CaseDeadlines {
    private final CaseWorkflow workflow;
    private final OtklikConfig config;
    private final Clock clock;

    DispatcherDeadlines(CaseWorkflow workflow, OtklikConfig config, Clock clock) {
        this.workflow = workflow;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public StepDeadline of(Case k) {
        if (k.step().closed()) {
            return new StepDeadline("Закрыто", null, StepDeadline.Status.NONE, 0);
        }
        List<RunningDeadline> running = workflow.deadlines(k);
        // a window (returning a case is allowed until then) is no obligation to count down
        RunningDeadline first = running.stream().filter(RunningDeadline::obligation)
                .min(Comparator.comparing(RunningDeadline::dueAt)).orElse(null);
        if (first == null) {
            return new StepDeadline("Срок не установлен", null, StepDeadline.Status.NONE, 0);
        }
        Instant now = clock.instant();
        long left = config.workingCalendar(k.municipality()).workingMinutesBetween(now, first.dueAt());
        StepDeadline.Status status = switch (first.state()) {
            case ON_TIME -> StepDeadline.Status.ON_TIME;
            case DUE_SOON -> StepDeadline.Status.DUE_SOON;
            case OVERDUE -> StepDeadline.Status.OVERDUE;
        };
        return new StepDeadline(first.kind().title(), first.dueAt(), status, status == StepDeadline.Status.OVERDUE ? Math.min(left, -1) : left);
    }
}
