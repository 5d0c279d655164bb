package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Actor;
import org.otklik.core.AuditEntry;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.DeadlineKind;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Post;
import org.otklik.core.Role;
import org.otklik.core.Topic;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

class WorkflowRulesTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private World world(Store store) {
        return new World(store, "khasyn", "2026-11-24T10:00");
    }

    @Test
    void an_obscene_post_is_kept_as_excluded_with_the_filter_reasons_and_the_curator_can_override_it(Store store) {
        World w = world(store);
        Post p = w.post("Грубое сообщение про яму");
        long postId = store.savePost(p, w.clock.instant()).postId();
        Classification c = new Classification(p.externalId(), true, List.of(Topic.ROADS), null, Importance.NORMAL,
                FilterVerdict.OBSCENE, null, List.of("мат: «…»"));
        Case k = w.dispatcher.intake(postId, p, c, w.clock.instant()).orElseThrow();
        assertThat(k.step()).isEqualTo(CaseStep.EXCLUDED);
        assertThat(k.answerDueAt()).isNull();
        assertThat(store.audit(k.id()).get(0).reason()).contains("obscene").contains("мат: «…»");
        assertThat(w.deadlines(k.id())).isEmpty();
        assertThatThrownBy(() -> w.workflow.overrideExclusion(k.id(), w.curator(), " ")).isInstanceOf(IllegalStepException.class);
        w.at("2026-11-24T11:00");
        Case back = w.workflow.overrideExclusion(k.id(), w.curator(), "ложное срабатывание");
        assertThat(back.step()).isEqualTo(CaseStep.NEW);
        assertThat(w.due(k.id(), DeadlineKind.ANSWER)).isEqualTo("2026-11-25T12:00");
    }

    @Test
    void an_irrelevant_post_opens_no_case_and_the_same_post_twice_opens_one(Store store) {
        World w = world(store);
        Post p = w.post("Красивый закат сегодня");
        long postId = store.savePost(p, w.clock.instant()).postId();
        Classification irrelevant = new Classification(p.externalId(), false, List.of(), null, Importance.NORMAL,
                FilterVerdict.NONE, null, List.of());
        assertThat(w.dispatcher.intake(postId, p, irrelevant, w.clock.instant())).isEmpty();
        Classification relevant = new Classification(p.externalId(), true, List.of(Topic.ROADS), null, Importance.NORMAL,
                FilterVerdict.NONE, null, List.of());
        Optional<Case> first = w.dispatcher.intake(postId, p, relevant, w.clock.instant());
        Optional<Case> second = w.dispatcher.intake(postId, p, relevant, w.clock.instant());
        assertThat(second.orElseThrow().id()).isEqualTo(first.orElseThrow().id());
        assertThat(store.countCases()).isEqualTo(1);
    }

    @Test
    void an_actor_of_another_municipality_never_touches_the_case(Store store) {
        World w = world(store);
        Case k = w.open();
        Actor stranger = new Actor("cur.yelets", Role.CURATOR, "yelets", null);
        assertThatThrownBy(() -> w.workflow.route(k.id(), "life_support", List.of(), stranger, null))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> w.workflow.get(k.id(), stranger)).isInstanceOf(ForbiddenActionException.class);
    }

    @Test
    void only_the_curator_routes_and_only_the_departments_executor_takes(Store store) {
        World w = world(store);
        Case k = w.open();
        assertThatThrownBy(() -> w.workflow.route(k.id(), "life_support", List.of(), w.executor("life_support"), null))
                .isInstanceOf(ForbiddenActionException.class);
        w.workflow.route(k.id(), "life_support", List.of(), w.curator(), null);
        assertThatThrownBy(() -> w.workflow.take(k.id(), w.executor("education"))).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> w.workflow.publish(k.id(), w.executor("life_support"), "x")).isInstanceOf(ForbiddenActionException.class);
        assertThat(w.workflow.take(k.id(), w.executor("life_support")).step()).isEqualTo(CaseStep.IN_WORK);
    }

    @Test
    void a_step_that_does_not_allow_the_action_is_refused_and_nothing_is_written(Store store) {
        World w = world(store);
        Case k = w.open();
        assertThatThrownBy(() -> w.workflow.approve(k.id(), w.head("life_support"))).isInstanceOf(ForbiddenActionException.class);
        w.workflow.route(k.id(), "life_support", List.of(), w.curator(), null);
        assertThatThrownBy(() -> w.workflow.submitDraft(k.id(), w.executor("life_support"), "текст"))
                .isInstanceOf(IllegalStepException.class);
        assertThatThrownBy(() -> w.workflow.publish(k.id(), w.specialist(), "текст")).isInstanceOf(IllegalStepException.class);
        assertThat(store.audit(k.id())).extracting(AuditEntry::to).containsExactly(CaseStep.NEW, CaseStep.ROUTED);
    }

    @Test
    void return_and_rework_need_a_reason(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), "life_support", List.of(), w.curator(), null);
        assertThatThrownBy(() -> w.workflow.returnToCurator(k.id(), w.executor("life_support"), ""))
                .isInstanceOf(IllegalStepException.class);
        w.workflow.take(k.id(), w.executor("life_support"));
        w.workflow.submitDraft(k.id(), w.executor("life_support"), "текст");
        assertThatThrownBy(() -> w.workflow.rework(k.id(), w.head("life_support"), null)).isInstanceOf(IllegalStepException.class);
    }

    @Test
    void the_watch_books_a_missed_deadline_once_and_shows_due_soon_and_overdue(Store store) {
        World w = world(store);
        Case k = w.open();
        w.at("2026-11-24T10:30");
        assertThat(w.deadline(k.id(), DeadlineKind.ROUTE).state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(w.deadline(k.id(), DeadlineKind.ANSWER).state()).isEqualTo(DeadlineState.ON_TIME);
        w.at("2026-11-24T11:05");
        assertThat(w.deadline(k.id(), DeadlineKind.ROUTE).state()).isEqualTo(DeadlineState.OVERDUE);
        DeadlineWatch.Pass first = w.watch.run();
        DeadlineWatch.Pass second = w.watch.run();
        assertThat(first.newViolations()).isEqualTo(1);
        assertThat(first.overdue()).isEqualTo(1);
        assertThat(second.newViolations()).isZero();
        assertThat(w.violations(k.id())).containsExactly("route@curator");
        assertThat(w.sent).filteredOn(n -> n.kind().equals("overdue")).hasSize(1);
        // the late routing itself does not book it a second time
        w.workflow.route(k.id(), "life_support", List.of(), w.curator(), null);
        assertThat(w.violations(k.id())).hasSize(1);
    }

    @Test
    void a_case_waiting_on_an_officer_who_went_on_vacation_is_handed_to_a_present_one(Store store) {
        World w = new World(store, "khasyn", "2026-11-13T10:00");
        Case k = w.open();
        w.workflow.route(k.id(), "life_support", List.of(), w.curator(), null);
        assertThat(w.workflow.progress(k.id()).assignee()).isEqualTo("ls.ivanova");
        w.at("2026-11-16T09:30");
        assertThat(w.watch.run().reassigned()).isEqualTo(1);
        assertThat(w.workflow.progress(k.id()).assignee()).isEqualTo("ls.petrov");
    }

    @Test
    void a_surge_of_messages_on_one_topic_and_place_is_reported_to_the_chief_once(Store store) {
        World w = world(store);
        for (int i = 0; i < 7; i++) {
            w.at("2026-11-24T10:" + (10 + i));
            w.open(Topic.HOUSING, Importance.NORMAL, "Палатка", "Нет горячей воды в доме " + i + " на Ленина");
        }
        assertThat(w.sent).filteredOn(n -> n.kind().equals("surge")).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("Палатка").contains("ЖКХ"));
    }

    @Test
    void a_failing_channel_does_not_stop_the_others(Store store) {
        List<Notification> got = new java.util.ArrayList<>();
        Notifier n = new Notifier(List.of(x -> {
            throw new java.io.IOException("down");
        }, got::add));
        assertThat(n.send(new Notification("high", "khasyn", 1L, "s", "t"))).isEqualTo(1);
        assertThat(got).hasSize(1);
        assertThat(n.failures()).isEqualTo(1);
    }

    @Test
    void a_case_whose_dispatch_row_was_lost_still_runs_its_deadlines_from_its_last_change(Store store) {
        World w = world(store);
        Case k = w.open();
        store.transaction("lose the dispatch row", c -> {
            try (var ps = c.prepareStatement("DELETE FROM dispatch_cases WHERE case_id = ?")) {
                ps.setLong(1, k.id());
                ps.executeUpdate();
            }
            return null;
        });
        assertThat(w.due(k.id(), DeadlineKind.ROUTE)).isEqualTo("2026-11-24T11:00");
        w.at("2026-11-24T11:30");
        assertThat(w.watch.run().newViolations()).isEqualTo(1);
        w.workflow.route(k.id(), "life_support", List.of(), w.curator(), null);
        assertThat(w.workflow.progress(k.id()).routedAt()).isEqualTo(w.clock.instant());
    }

    @Test
    void a_repeat_link_from_the_classifier_to_an_unknown_case_is_ignored(Store store) {
        World w = world(store);
        Post p = w.post("Яма на дороге");
        long postId = store.savePost(p, w.clock.instant()).postId();
        Classification c = new Classification(p.externalId(), true, List.of(Topic.ROADS), null, Importance.NORMAL,
                FilterVerdict.NONE, 9999L, List.of());
        assertThat(w.dispatcher.intake(postId, p, c, w.clock.instant()).orElseThrow().repeatOf()).isNull();
    }
}
