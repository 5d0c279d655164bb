package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Case;
import org.otklik.core.DeadlineKind;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** Городской округ город Елец (seeds/004), Europe/Moscow: the отдел по обращениям граждан routes, checks and publishes. */
class YeletsScenarioTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static final String DEPT = "roads_transport";

    private World world(Store store) {
        return new World(store, "yelets", "2026-11-24T10:00");
    }

    @Test
    void routing_in_1_hour_answer_in_8_and_the_draft_6_working_hours_after_routing(Store store) {
        World w = world(store);
        Case k = w.open();
        assertThat(w.due(k.id(), DeadlineKind.ROUTE)).isEqualTo("2026-11-24T11:00");
        assertThat(w.due(k.id(), DeadlineKind.ANSWER)).isEqualTo("2026-11-25T10:00");
        w.at("2026-11-24T10:30");
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        assertThat(w.due(k.id(), DeadlineKind.DRAFT_AFTER_ROUTING)).isEqualTo("2026-11-24T17:30");
    }

    @Test
    void the_check_takes_30_working_minutes_and_rework_30(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-24T17:45");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "проект");
        // 17:45 + 30 min runs over the night into the next morning
        assertThat(w.due(k.id(), DeadlineKind.APPROVAL)).isEqualTo("2026-11-25T09:15");
        w.at("2026-11-25T09:00");
        w.workflow.rework(k.id(), w.curator(), "нет приветствия");
        assertThat(w.due(k.id(), DeadlineKind.REWORK)).isEqualTo("2026-11-25T09:30");
    }

    @Test
    void a_late_draft_and_a_late_answer_are_violations_of_the_department(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-25T09:30");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "проект");
        w.at("2026-11-25T09:50");
        w.workflow.approve(k.id(), w.curator());
        w.at("2026-11-25T10:10");
        w.workflow.publish(k.id(), w.curator(), "Здравствуйте! Яма будет заделана.");
        assertThat(w.violations(k.id())).containsExactlyInAnyOrder("draft_after_routing@roads_transport", "answer@roads_transport");
    }
}
