package org.otklik.dashboard;

import java.util.List;
import org.otklik.core.Actor;
import org.otklik.core.Case;

/**
 * What a user can do to a case from the dashboard. Each call checks the actor's right to do it, moves the
 * case and writes the audit row, and returns the case as it now is; a refused action throws
 * {@link ActionRefusedException} with a reason the user can read, and changes nothing.
 */
public interface CaseActions {
    Case route(long caseId, String executorId, List<String> coExecutors, Actor actor, String reason);

    Case take(long caseId, Actor actor);

    Case returnToCurator(long caseId, Actor actor, String reason);

    Case submitDraft(long caseId, Actor actor, String text);

    Case approve(long caseId, Actor actor);

    Case rework(long caseId, Actor actor, String reason);

    Case publish(long caseId, Actor actor, String answerText);

    Case publishInterim(long caseId, Actor actor, String text);

    Case overrideExclusion(long caseId, Actor actor, String reason);

    /** Drafts, interim answers and answers written on the case, oldest first. */
    List<CaseText> texts(long caseId);

    /** What the routing table proposes for the case, for the curator's route form; empty when it proposes nothing. */
    java.util.Optional<RouteProposal> proposedRoute(Case k);

    /**
     * Who approves drafts in a municipality, as its regulation says: {@link org.otklik.core.Role#HEAD} (of the
     * case's department) and/or {@link org.otklik.core.Role#CURATOR}; the page offers approval to them only.
     */
    java.util.Set<org.otklik.core.Role> approvers(String municipality);
}
