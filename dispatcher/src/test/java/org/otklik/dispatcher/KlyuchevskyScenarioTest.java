package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Case;
import org.otklik.core.DeadlineKind;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** Ключевский район (seeds/002, постановление № 36), Asia/Barnaul: few step terms, drafts approved by the PR specialist. */
class KlyuchevskyScenarioTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static final String DEPT = "deputy_housing";

    private World world(Store store) {
        return new World(store, "klyuchevsky", "2026-11-24T10:00");
    }

    @Test
    void answer_is_due_9_working_hours_after_detection_with_no_routing_term(Store store) {
        World w = world(store);
        Case k = w.open();
        assertThat(w.due(k.id(), DeadlineKind.ANSWER)).isEqualTo("2026-11-25T11:00");
        assertThat(w.running(k.id(), DeadlineKind.ROUTE)).isFalse();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        // п. 7 cites "п. 4", but the 9-hour term is п. 6: the draft is due 4 hours before it
        assertThat(w.due(k.id(), DeadlineKind.DRAFT_BEFORE_ANSWER)).isEqualTo("2026-11-24T16:00");
        assertThat(w.running(k.id(), DeadlineKind.RETURN)).isFalse();
    }

    @Test
    void rework_takes_one_hour_and_approval_has_no_term(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "проект");
        assertThat(w.running(k.id(), DeadlineKind.APPROVAL)).isFalse();
        w.at("2026-11-24T15:00");
        w.workflow.rework(k.id(), w.curator(), "уточнить сроки");
        assertThat(w.due(k.id(), DeadlineKind.REWORK)).isEqualTo("2026-11-24T16:00");
    }

    @Test
    void the_executors_head_may_not_approve_here(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "проект");
        assertThatThrownBy(() -> w.workflow.approve(k.id(), w.head(DEPT))).isInstanceOf(ForbiddenActionException.class);
    }

    @Test
    void the_final_draft_after_an_interim_answer_is_due_in_7_working_days(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.at("2026-11-24T11:00");
        w.workflow.publishInterim(k.id(), w.specialist(), "Здравствуйте! Вопрос изучается.");
        assertThat(w.due(k.id(), DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo("2026-12-03T11:00");
    }
}
