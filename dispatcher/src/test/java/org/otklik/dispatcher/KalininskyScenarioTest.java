package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Case;
import org.otklik.core.DeadlineKind;
import org.otklik.core.Importance;
import org.otklik.core.Topic;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** Калининский район (seeds/003), Europe/Moscow: 8 working hours, 4 for an incident of high importance. */
class KalininskyScenarioTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private World world(Store store) {
        return new World(store, "kalininsky", "2026-11-24T10:00");
    }

    @Test
    void answer_is_due_8_working_hours_after_detection(Store store) {
        World w = world(store);
        Case k = w.open();
        assertThat(w.due(k.id(), DeadlineKind.ANSWER)).isEqualTo("2026-11-25T10:00");
    }

    @Test
    void high_importance_answer_is_due_in_4_working_hours_and_the_chief_is_told_at_once(Store store) {
        World w = world(store);
        Case k = w.open(Topic.SAFETY, Importance.HIGH, "Калининская", "Прорвало трубу, затопило детский сад");
        assertThat(w.due(k.id(), DeadlineKind.ANSWER_HIGH)).isEqualTo("2026-11-24T15:00");
        assertThat(w.sent).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("high");
            assertThat(n.caseId()).isEqualTo(k.id());
            assertThat(n.text()).contains("Калининская").contains("24.11.2026 15:00");
        });
    }

    @Test
    void all_bodies_get_the_case_and_one_summary_executor_answers(Store store) {
        World w = world(store);
        Case k = w.open(List.of(Topic.ROADS, Topic.EDUCATION), Importance.NORMAL, "Калининская", "Яма у школы");
        DispatchRules.Assignment a = World.DISPATCH.rules("kalininsky").assignmentFor(k, World.CONFIG.profile("kalininsky"));
        assertThat(a.executor()).isEqualTo("sp_kalininskoe");
        assertThat(a.coExecutors()).containsExactly("education");
        Case routed = w.workflow.route(k.id(), a.executor(), a.coExecutors(), w.curator(), null);
        assertThat(routed.coExecutors()).containsExactly("education");
        // п. 12 sets no term for the other bodies' input
        assertThat(w.running(k.id(), DeadlineKind.CO_EXECUTOR_INPUT)).isFalse();
    }

    @Test
    void the_final_answer_after_an_interim_one_is_due_in_7_working_days_and_late_is_a_violation(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), "housing_transport", List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor("housing_transport"));
        w.at("2026-11-24T17:00");
        w.workflow.publishInterim(k.id(), w.specialist(), "Здравствуйте! Работы запланированы.");
        assertThat(w.due(k.id(), DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo("2026-12-03T17:00");
        w.at("2026-12-03T17:30");
        DeadlineWatch.Pass pass = w.watch.run();
        assertThat(pass.newViolations()).isEqualTo(1);
        assertThat(w.violations(k.id())).containsExactly("final_after_interim@housing_transport");
    }
}
