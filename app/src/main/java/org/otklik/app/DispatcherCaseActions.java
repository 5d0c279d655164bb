package org.otklik.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Role;
import org.otklik.dashboard.CaseText;
import org.otklik.dashboard.RouteProposal;
import org.otklik.dispatcher.DispatchConfig;
import org.otklik.dispatcher.DispatchRules;
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
    private final OtklikConfig config;
    private final DispatchConfig dispatch;

    DispatcherCaseActions(CaseWorkflow workflow, OtklikConfig config, DispatchConfig dispatch) {
        this.workflow = workflow;
        this.config = config;
        this.dispatch = dispatch;
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

    @Override
    public List<CaseText> texts(long caseId) {
        return workflow.texts(caseId).stream()
                .map(t -> new CaseText(t.kind().code(), t.author(), t.at(), t.text()))
                .toList();
    }

    @Override
    public Optional<RouteProposal> proposedRoute(Case k) {
        if (!config.profiles().containsKey(k.municipality())) {
            return Optional.empty();
        }
        DispatchRules.Assignment a = dispatch.rules(k.municipality()).assignmentFor(k, config.profile(k.municipality()));
        return a.executor() == null ? Optional.empty() : Optional.of(new RouteProposal(a.executor(), a.coExecutors()));
    }

    @Override
    public Set<Role> approvers(String municipality) {
        return dispatch.rules(municipality).approvers();
    }
}
