package org.otklik.dispatcher;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The dispatcher's timing of one case, next to store's {@link org.otklik.core.Case}: the moments its step
 * deadlines count from.
 *
 * @param stepStartedAt when the case entered its current step
 * @param routedAt when it was last sent to an executor, or null
 * @param interimAt when an interim answer was published, or null
 * @param answeredAt when the first public answer (interim or final) went out, or null
 * @param finalDraftAt when the final draft after an interim answer was submitted, or null
 * @param coPending co-executor departments whose input has not arrived yet
 * @param coCheckSince when the last co-executor input arrived and the curator's check started, or null
 * @param assignee the member of the executor department the case waits on, or null
 * @param reworks how many times the draft was sent back for rework
 */
public record CaseProgress(long caseId, Instant stepStartedAt, Instant routedAt, Instant interimAt, Instant answeredAt,
                           Instant finalDraftAt, List<String> coPending, Instant coCheckSince, String assignee, int reworks) {
    public CaseProgress {
        Objects.requireNonNull(stepStartedAt, "stepStartedAt");
        coPending = List.copyOf(coPending);
    }

    public static CaseProgress started(long caseId, Instant at) {
        return new CaseProgress(caseId, at, null, null, null, null, List.of(), null, null, 0);
    }
}
