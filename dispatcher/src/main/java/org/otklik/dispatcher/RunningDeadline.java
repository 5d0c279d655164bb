package org.otklik.dispatcher;

import java.time.Instant;
import java.util.Objects;
import org.otklik.core.DeadlineKind;

/**
 * One deadline a case is running against right now.
 *
 * @param department who answers for it: an executor id, or {@link DispatchRules#CURATOR} for the curator
 * @param obligation false for a window (returning a case is allowed until then, not required)
 */
public record RunningDeadline(DeadlineKind kind, Instant dueAt, DeadlineState state, String department, boolean obligation) {
    public RunningDeadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(department, "department");
    }
}
