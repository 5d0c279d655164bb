package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.otklik.core.Actor;
import org.otklik.core.CaseStep;
import org.otklik.core.Role;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

class StoreCaseActionsTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static final String DEPT = TestApp.PROFILE.executors().get(0).id();
    private static final Actor CURATOR = new Actor("curator", Role.CURATOR, "yelets", null);
    private static final Actor EXECUTOR = new Actor("executor", Role.EXECUTOR, "yelets", DEPT);
    private static final Actor HEAD = new Actor("head", Role.HEAD, "yelets", DEPT);
    private static final Actor SPECIALIST = new Actor("specialist", Role.SPECIALIST, "yelets", null);

    private static StoreCaseActions actions(Store store) {
        return new StoreCaseActions(store, TestApp.CONFIG.profiles(), TestApp.CONFIG.calendar(), TestApp.CLOCK);
    }

    @Test
    void a_case_goes_from_routing_to_publication_and_every_step_is_audited(Store store) {
        long id = DemoData.seed(store, TestApp.PROFILE, TestApp.CONFIG.calendar(), TestApp.CLOCK, 1, 1).caseIds().get(0);
        StoreCaseActions a = actions(store);
        a.route(id, DEPT, List.of(), CURATOR, null);
        a.take(id, EXECUTOR);
        a.submitDraft(id, EXECUTOR, "Здравствуйте! Яму заделают до пятницы.");
        a.rework(id, HEAD, "уточните дату");
        a.submitDraft(id, EXECUTOR, "Здравствуйте! Яму заделают 27 ноября.");
        a.approve(id, HEAD);
        assertThat(a.publish(id, SPECIALIST, null).step()).isEqualTo(CaseStep.PUBLISHED);
        assertThat(store.audit(id)).extracting(e -> e.to()).containsExactly(CaseStep.NEW, CaseStep.ROUTED, CaseStep.IN_WORK,
                CaseStep.DRAFT_SUBMITTED, CaseStep.REWORK, CaseStep.DRAFT_SUBMITTED, CaseStep.APPROVED, CaseStep.PUBLISHED);
        assertThat(a.texts(id)).last().satisfies(t -> assertThat(t.text()).contains("27 ноября"));
    }

    @Test
    void returning_to_the_curator_needs_a_reason(Store store) {
        long id = DemoData.seed(store, TestApp.PROFILE, TestApp.CONFIG.calendar(), TestApp.CLOCK, 1, 1).caseIds().get(0);
        StoreCaseActions a = actions(store);
        a.route(id, DEPT, List.of(), CURATOR, null);
        assertThatThrownBy(() -> a.returnToCurator(id, EXECUTOR, " ")).isInstanceOf(ActionRefusedException.class);
        assertThat(a.returnToCurator(id, EXECUTOR, "вопрос регионального уровня").step()).isEqualTo(CaseStep.RETURNED);
    }

    @Test
    void an_executor_cannot_route(Store store) {
        long id = DemoData.seed(store, TestApp.PROFILE, TestApp.CONFIG.calendar(), TestApp.CLOCK, 1, 1).caseIds().get(0);
        assertThatThrownBy(() -> actions(store).route(id, DEPT, List.of(), EXECUTOR, null)).isInstanceOf(ActionRefusedException.class);
        assertThat(store.caseById(id).orElseThrow().step()).isEqualTo(CaseStep.NEW);
    }

    @Test
    void another_municipalitys_curator_cannot_touch_the_case(Store store) {
        long id = DemoData.seed(store, TestApp.PROFILE, TestApp.CONFIG.calendar(), TestApp.CLOCK, 1, 1).caseIds().get(0);
        Actor stranger = new Actor("c2", Role.CURATOR, "khasyn", null);
        assertThatThrownBy(() -> actions(store).route(id, DEPT, List.of(), stranger, null))
                .isInstanceOf(ActionRefusedException.class).hasMessageContaining("не найдено");
    }

    @Test
    void an_interim_answer_moves_the_final_deadline_by_the_regulation(Store store) {
        long id = DemoData.seed(store, TestApp.PROFILE, TestApp.CONFIG.calendar(), TestApp.CLOCK, 1, 1).caseIds().get(0);
        StoreCaseActions a = actions(store);
        a.route(id, DEPT, List.of(), CURATOR, null);
        var before = store.caseById(id).orElseThrow().answerDueAt();
        var after = a.publishInterim(id, EXECUTOR, "Здравствуйте! Обращение принято, ответим после проверки.");
        assertThat(after.step()).isEqualTo(CaseStep.INTERIM_PUBLISHED);
        assertThat(after.answerDueAt()).isAfter(before);
    }
}
