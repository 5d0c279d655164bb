package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.AuditEntry;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.DeadlineKind;
import org.otklik.core.Importance;
import org.otklik.core.Topic;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/** Хасынский муниципальный округ (seeds/000), Asia/Magadan, 09:00–18:00 with lunch 13:00–14:00. */
class KhasynScenarioTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static final String DEPT = "life_support";

    private World world(Store store) {
        return new World(store, "khasyn", "2026-11-24T10:00");
    }

    @Test
    void answer_is_due_9_working_hours_after_detection_and_the_draft_4_hours_before_it(Store store) {
        World w = world(store);
        Case k = w.open();
        assertThat(w.due(k.id(), DeadlineKind.ANSWER)).isEqualTo("2026-11-25T11:00");
        // п. 9: 30 min to the curator, 30 min to route
        assertThat(w.due(k.id(), DeadlineKind.ROUTE)).isEqualTo("2026-11-24T11:00");
        w.at("2026-11-24T10:30");
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        assertThat(w.due(k.id(), DeadlineKind.RETURN)).isEqualTo("2026-11-24T11:00");
        assertThat(w.due(k.id(), DeadlineKind.DRAFT_BEFORE_ANSWER)).isEqualTo("2026-11-24T16:00");
    }

    @Test
    void a_case_walked_on_time_through_every_step_has_no_violation(Store store) {
        World w = world(store);
        Case k = w.open();
        w.at("2026-11-24T10:30");
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.at("2026-11-24T10:40");
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-24T15:00");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "Здравствуйте, Анна! Яму отремонтируют до пятницы.");
        assertThat(w.due(k.id(), DeadlineKind.APPROVAL)).isEqualTo("2026-11-24T15:30");
        w.at("2026-11-24T15:20");
        w.workflow.approve(k.id(), w.head(DEPT));
        assertThat(w.due(k.id(), DeadlineKind.PUBLISH)).isEqualTo("2026-11-24T15:50");
        w.at("2026-11-24T15:45");
        Case done = w.workflow.publish(k.id(), w.specialist(), null);
        assertThat(done.step()).isEqualTo(CaseStep.PUBLISHED);
        assertThat(w.deadlines(k.id())).isEmpty();
        assertThat(w.violations(k.id())).isEmpty();
        assertThat(store.audit(k.id())).extracting(AuditEntry::to).containsExactly(CaseStep.NEW, CaseStep.ROUTED,
                CaseStep.IN_WORK, CaseStep.DRAFT_SUBMITTED, CaseStep.APPROVED, CaseStep.PUBLISHED);
        assertThat(w.workflow.texts(k.id())).extracting(CaseText::kind).containsExactly(CaseText.Kind.DRAFT, CaseText.Kind.ANSWER);
    }

    @Test
    void late_at_every_step_books_one_violation_per_step_against_who_missed_it(Store store) {
        World w = world(store);
        Case k = w.open();
        w.at("2026-11-24T11:30");
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-24T17:00");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "Здравствуйте! Отремонтируем.");
        w.at("2026-11-25T09:30");
        w.workflow.approve(k.id(), w.head(DEPT));
        w.at("2026-11-25T11:30");
        w.workflow.publish(k.id(), w.specialist(), null);
        assertThat(w.violations(k.id())).containsExactlyInAnyOrder("route@curator", "draft_before_answer@life_support",
                "approval@life_support", "publish@curator", "answer@life_support");
    }

    @Test
    void a_late_return_is_booked_and_the_curator_must_route_again_within_30_minutes(Store store) {
        World w = world(store);
        Case k = w.open();
        w.at("2026-11-24T10:30");
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.at("2026-11-24T11:10");
        Case back = w.workflow.returnToCurator(k.id(), w.head(DEPT), "вопрос относится к архитектуре");
        assertThat(back.step()).isEqualTo(CaseStep.RETURNED);
        assertThat(back.executor()).isNull();
        assertThat(w.violations(k.id())).containsExactly("return@life_support");
        assertThat(w.due(k.id(), DeadlineKind.ROUTE)).isEqualTo("2026-11-24T11:40");
        assertThat(store.audit(k.id()).get(2).reason()).isEqualTo("вопрос относится к архитектуре");
        w.workflow.route(k.id(), "architecture", List.of(), w.curator(), "по компетенции");
        assertThat(store.caseById(k.id()).orElseThrow().executor()).isEqualTo("architecture");
    }

    @Test
    void reworked_twice_counts_each_rework_term_from_the_moment_it_was_sent_back(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-24T11:00");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "черновик 1");
        w.at("2026-11-24T11:10");
        w.workflow.rework(k.id(), w.head(DEPT), "нет приветствия");
        assertThat(w.due(k.id(), DeadlineKind.REWORK)).isEqualTo("2026-11-24T12:10");
        w.at("2026-11-24T12:00");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "Здравствуйте! черновик 2");
        w.at("2026-11-24T12:20");
        w.workflow.rework(k.id(), w.head(DEPT), "не отвечено, когда");
        // the morning ends at 13:00: the hour runs on after lunch
        assertThat(w.due(k.id(), DeadlineKind.REWORK)).isEqualTo("2026-11-24T14:20");
        w.at("2026-11-24T14:30");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "Здравствуйте! Яму заделают до 27 ноября.");
        w.workflow.approve(k.id(), w.head(DEPT));
        assertThat(w.workflow.progress(k.id()).reworks()).isEqualTo(2);
        assertThat(w.violations(k.id())).containsExactly("rework@life_support");
    }

    @Test
    void final_answer_after_an_interim_one_is_due_7_working_days_later(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.at("2026-11-24T12:00");
        w.workflow.publishInterim(k.id(), w.specialist(), "Здравствуйте! Вопрос на контроле, ответим после обследования.");
        assertThat(w.due(k.id(), DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo("2026-12-03T12:00");
        assertThat(w.running(k.id(), DeadlineKind.ANSWER)).isFalse();
        w.at("2026-12-03T12:00");
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "Здравствуйте! Дорогу отремонтировали.");
        // п. 16 counts to the final answer, not its draft: still running
        assertThat(w.due(k.id(), DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo("2026-12-03T12:00");
        w.at("2026-12-03T12:15");
        w.workflow.approve(k.id(), w.head(DEPT));
        w.at("2026-12-03T12:30");
        w.workflow.publish(k.id(), w.specialist(), null);
        assertThat(w.violations(k.id())).containsExactly("final_after_interim@life_support");
    }

    @Test
    void co_executors_have_2_hours_from_routing_for_their_input(Store store) {
        World w = world(store);
        Case k = w.open(List.of(Topic.ROADS, Topic.SAFETY), Importance.NORMAL, null, "Яма и нет ограждения у школы");
        w.at("2026-11-24T10:30");
        w.workflow.route(k.id(), DEPT, List.of("security_info"), w.curator(), null);
        RunningDeadline co = w.deadline(k.id(), DeadlineKind.CO_EXECUTOR_INPUT);
        assertThat(co.department()).isEqualTo("security_info");
        assertThat(w.due(k.id(), DeadlineKind.CO_EXECUTOR_INPUT)).isEqualTo("2026-11-24T12:30");
        w.at("2026-11-24T12:00");
        w.workflow.contribute(k.id(), w.executor("security_info"), "Ограждение установим завтра.");
        assertThat(w.running(k.id(), DeadlineKind.CO_EXECUTOR_INPUT)).isFalse();
        // Хасын has no curator check of the input
        assertThat(w.running(k.id(), DeadlineKind.CO_EXECUTOR_CHECK)).isFalse();
    }

    @Test
    void only_the_head_of_the_department_approves_here_not_the_curator(Store store) {
        World w = world(store);
        Case k = w.open();
        w.workflow.route(k.id(), DEPT, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(DEPT));
        w.workflow.submitDraft(k.id(), w.executor(DEPT), "текст");
        assertThatThrownBy(() -> w.workflow.approve(k.id(), w.curator())).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> w.workflow.approve(k.id(), w.head("education"))).isInstanceOf(ForbiddenActionException.class);
        assertThat(w.workflow.approve(k.id(), w.head(DEPT)).step()).isEqualTo(CaseStep.APPROVED);
    }

    @Test
    void a_repeat_on_the_same_topic_and_place_links_to_the_first_case(Store store) {
        World w = world(store);
        Case first = w.open(Topic.ROADS, Importance.NORMAL, "Палатка", "На улице Ленина огромная яма, никто не ремонтирует дорогу");
        w.at("2026-11-26T10:00");
        Case again = w.open(Topic.ROADS, Importance.NORMAL, "Палатка", "Опять яма на улице Ленина, дорогу так и не ремонтируют!");
        Case other = w.open(Topic.ROADS, Importance.NORMAL, "Палатка", "Автобус номер три не пришёл утром по расписанию");
        assertThat(again.repeatOf()).isEqualTo(first.id());
        assertThat(other.repeatOf()).isNull();
    }
}
