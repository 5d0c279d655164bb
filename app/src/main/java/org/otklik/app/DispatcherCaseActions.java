package org.otklik.app;

import java.util.List;
import java.util.function.Supplier;
import org.otklik.core.Actor;
import org.otklik.core.Case;
import org.otklik.dashboard.ActionRefusedException;
import org.otklik.dashboard.CaseActions;
import org.otklik.dispatcher.CaseWorkflow;
import org.otklik.dispatcher.ForbiddenActionException;
import org.otklik.dispatcher.IllegalStepException;
import org.otklik.store.StaleCaseException;

/** The dashboard's case actions carried out by the dispatcher's workflow; its refusals become the dashboard's. */
final class DispatcherCaseActions implements CaseActions {
    private final CaseWorkflow workflow;

    DispatcherCaseActions(CaseWorkflow workflow) {
        this.workflow = workflow;
    }

    private static Case refusing(Supplier<Case> action) {
        try {
            return action.get();
        } catch (ForbiddenActionException | IllegalStepException e) {
            throw new ActionRefusedException(e.getMessage());
        } catch (StaleCaseException e) {
            throw new ActionRefusedException("Дело уже изменено другим пользователем: обновите страницу и повторите действие.");
        }
    }

    @Override
    public Case route(long caseId, String executorId, List<String> coExecutors, Actor actor, String reason) {
        return refusing(() -> workflow.route(caseId, executorId, coExecutors, actor, reason));
    }

    @Override
    public Case take(long caseId, Actor actor) {
        return refusing(() -> workflow.take(caseId, actor));
    }

    @Override
    public Case returnToCurator(long caseId, Actor actor, String reason) {
        return refusing(() -> workflow.returnToCurator(caseId, actor, reason));
    }

    @Override
    public Case submitDraft(long caseId, Actor actor, String text) {
        return refusing(() -> workflow.submitDraft(caseId, actor, text));
    }

    @Override
    public Case approve(long caseId, Actor actor) {
        return refusing(() -> workflow.approve(caseId, actor));
    }

    @Override
    public Case rework(long caseId, Actor actor, String reason) {
        return refusing(() -> workflow.rework(caseId, actor, reason));
    }

    @Override
    public Case publish(long caseId, Actor actor, String answerText) {
        return refusing(() -> workflow.publish(caseId, actor, answerText));
    }

    @Override
    public Case publishInterim(long caseId, Actor actor, String text) {
        return refusing(() -> workflow.publishInterim(caseId, actor, text));
    }

    @Override
    public Case overrideExclusion(long caseId, Actor actor, String reason) {
        return refusing(() -> workflow.overrideExclusion(caseId, actor, reason));
    }
}
