package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.DeadlineKind;
import org.otklik.core.Importance;
import org.otklik.core.Topic;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** Нефтекумский муниципальный округ (seeds/001, постановление № 1885), Europe/Moscow. */
class NeftekumskScenarioTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static final String DEPT = "municipal_economy";

    private World world(Store store) {
        return new World(store, "neftekumsk", "2026-11-24T10:00");
    }

    @Test
    void answer_is_due_one_working_day_after_receipt_routing_within_1_hour_draft_3_hours_before(Store store) {
        World w = world(store);
        Case k = w.open();
        assertThat(w.due(k.id(), DeadlineKind.ANSWER)).isEqualTo("2026-11-25T10:00");
        assertThat(w.due(k.id(), DeadlineKind.ROUTE)).isEqualTo("2026-11-24T11:00");
        w.at("2026-11-24T10:20");
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        assertThat(w.due(k.id(), DeadlineKind.RETURN)).isEqualTo("2026-11-24T10:50");
        assertThat(w.due(k.id(), DeadlineKind.DRAFT_BEFORE_ANSWER)).isEqualTo("2026-11-24T16:00");
    }

    @Test
    void the_curator_approves_within_1_hour_and_rework_takes_30_minutes(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-24T12:30");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "проект");
        // 12:30 + 1 h: half an hour before lunch, half after
        assertThat(w.due(k.id(), DeadlineKind.APPROVAL)).isEqualTo("2026-11-24T14:30");
        w.at("2026-11-24T14:00");
        w.workflow.rework(k.id(), w.curator(), "нет ответа на второй вопрос");
        assertThat(w.due(k.id(), DeadlineKind.REWORK)).isEqualTo("2026-11-24T14:30");
        w.at("2026-11-24T15:00");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "проект 2");
        w.at("2026-11-24T15:10");
        w.workflow.rework(k.id(), w.curator(), "орфография");
        w.at("2026-11-24T15:30");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "проект 3");
        w.workflow.approve(k.id(), w.curator());
        w.workflow.publish(k.id(), w.curator(), null);
        assertThat(w.violations(k.id())).containsExactly("rework@municipal_economy");
        assertThat(w.workflow.progress(k.id()).reworks()).isEqualTo(2);
    }

    @Test
    void after_an_interim_answer_the_final_draft_is_due_within_one_working_day(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-24T12:00");
        w.workflow.publishInterim(k.id(), w.curator(), "Здравствуйте! Ответим после проверки.");
        assertThat(w.due(k.id(), DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo("2026-11-25T12:00");
        w.at("2026-11-25T11:00");
        Case drafted = w.workflow.submitDraft(k.id(), w.executor(DEPT), "Здравствуйте! Проверка проведена.");
        assertThat(drafted.step()).isEqualTo(CaseStep.DRAFT_SUBMITTED);
        // п. 15: the term is for the final draft, which is in: it no longer runs
        assertThat(w.running(k.id(), DeadlineKind.FINAL_AFTER_INTERIM)).isFalse();
        assertThat(w.violations(k.id())).isEmpty();
    }

    @Test
    void co_executors_have_2_working_hours_and_then_the_curator_30_minutes_to_check(Store store) {
        World w = world(store);
        Case k = w.open(List.of(Topic.HOUSING, Topic.SOCIAL), Importance.NORMAL, null, "Нет отопления, пенсионерам холодно");
        w.at("2026-11-24T10:30");
        w.workflow.route(k.id(), DEPT, List.of("social"), w.curator(), null);
        assertThat(w.due(k.id(), DeadlineKind.CO_EXECUTOR_INPUT)).isEqualTo("2026-11-24T12:30");
        w.at("2026-11-24T12:50");
        w.workflow.contribute(k.id(), w.executor("social"), "Адресная помощь оказана.");
        assertThat(w.violations(k.id())).containsExactly("co_executor_input@social");
        assertThat(w.due(k.id(), DeadlineKind.CO_EXECUTOR_CHECK)).isEqualTo("2026-11-24T14:20");
        w.at("2026-11-24T14:00");
        w.workflow.acceptContributions(k.id(), w.curator());
        assertThat(w.running(k.id(), DeadlineKind.CO_EXECUTOR_CHECK)).isFalse();
    }

    @Test
    void a_case_is_assigned_to_a_present_member_when_the_first_one_is_on_sick_leave(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        assertThat(w.workflow.progress(k.id()).assignee()).isEqualTo("mx.fedorova");
    }

    @Test
    void a_village_landscaping_case_is_suggested_to_its_territorial_department(Store store) {
        World w = world(store);
        Case k = w.open(Topic.LANDSCAPING, Importance.NORMAL, "Ачикулак", "Не горят фонари на улице");
        assertThat(World.DISPATCH.rules("neftekumsk").assignmentFor(k, World.CONFIG.profile("neftekumsk")).executor())
                .isEqualTo("terr_achikulak");
        Case town = w.open(Topic.LANDSCAPING, Importance.NORMAL, "Нефтекумск", "Не горят фонари во дворе");
        assertThat(World.DISPATCH.rules("neftekumsk").assignmentFor(town, World.CONFIG.profile("neftekumsk")).executor())
                .isEqualTo("municipal_economy");
    }
}
