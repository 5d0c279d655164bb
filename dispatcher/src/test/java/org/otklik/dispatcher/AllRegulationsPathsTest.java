package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.DeadlineKind;
import org.otklik.core.Executor;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Post;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Topic;
import org.otklik.core.WorkingCalendar;
import org.otklik.core.WorkingDuration;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

/**
 * Every path of the case machine under each of the five seed regulations. Each running deadline is checked against
 * the municipality's working calendar and the profile's own term, so a term the profile lacks must not run.
 */
class AllRegulationsPathsTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    private static final String START = "2026-11-24T10:00";

    private record Ctx(World w, RegulationProfile profile, WorkingCalendar cal, String dept) {
        Optional<WorkingDuration> term(DeadlineKind k) {
            return profile.deadline(k);
        }
    }

    private static Ctx ctx(Store store, String id) {
        World w = new World(store, id, START);
        RegulationProfile p = World.CONFIG.profile(id);
        String dept = World.DISPATCH.rules(id).executorFor(Topic.ROADS, null, p).orElseThrow();
        return new Ctx(w, p, p.calendar(World.CONFIG.calendar()), dept);
    }

    private static Instant due(Ctx c, long caseId, DeadlineKind k) {
        return c.w.deadline(caseId, k).dueAt();
    }

    @ParameterizedTest
    @ValueSource(strings = {"khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets"})
    void on_time_through_every_step_leaves_no_violation(String id, Store store) {
        Ctx c = ctx(store, id);
        World w = c.w;
        Case k = w.open();
        Instant detected = k.detectedAt();
        assertThat(k.answerDueAt()).isEqualTo(c.cal.plus(detected, c.profile.answerLimit(Importance.NORMAL)));
        c.term(DeadlineKind.ROUTE).ifPresent(d -> assertThat(due(c, k.id(), DeadlineKind.ROUTE)).isEqualTo(
                c.cal.plus(c.term(DeadlineKind.DETECT_TO_CURATOR).map(x -> c.cal.plus(detected, x)).orElse(detected), d)));
        w.at("2026-11-24T10:10");
        w.workflow.route(k.id(), c.dept, List.of(), w.curator(), null);
        Instant routed = w.clock.instant();
        c.term(DeadlineKind.DRAFT_BEFORE_ANSWER).ifPresent(d -> assertThat(due(c, k.id(), DeadlineKind.DRAFT_BEFORE_ANSWER))
                .isEqualTo(c.cal.minusWorkingMinutes(k.answerDueAt(), d.amount())));
        c.term(DeadlineKind.DRAFT_AFTER_ROUTING).ifPresent(d -> assertThat(due(c, k.id(), DeadlineKind.DRAFT_AFTER_ROUTING))
                .isEqualTo(c.cal.plus(routed, d)));
        c.term(DeadlineKind.RETURN).ifPresent(d -> assertThat(due(c, k.id(), DeadlineKind.RETURN)).isEqualTo(c.cal.plus(routed, d)));
        w.workflow.take(k.id(), w.executor(c.dept));
        w.at("2026-11-24T10:20");
        w.workflow.submitDraft(k.id(), w.executor(c.dept), "Здравствуйте! Яму заделают до пятницы.");
        Instant submitted = w.clock.instant();
        c.term(DeadlineKind.APPROVAL).ifPresentOrElse(d -> assertThat(due(c, k.id(), DeadlineKind.APPROVAL)).isEqualTo(c.cal.plus(submitted, d)),
                () -> assertThat(w.running(k.id(), DeadlineKind.APPROVAL)).isFalse());
        w.at("2026-11-24T10:25");
        w.workflow.approve(k.id(), w.approver(c.dept));
        Instant approved = w.clock.instant();
        c.term(DeadlineKind.PUBLISH).ifPresentOrElse(d -> assertThat(due(c, k.id(), DeadlineKind.PUBLISH)).isEqualTo(c.cal.plus(approved, d)),
                () -> assertThat(w.running(k.id(), DeadlineKind.PUBLISH)).isFalse());
        w.at("2026-11-24T10:30");
        assertThat(w.workflow.publish(k.id(), w.specialist(), null).step()).isEqualTo(CaseStep.PUBLISHED);
        assertThat(w.violations(k.id())).isEmpty();
        assertThat(w.deadlines(k.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets"})
    void late_at_each_step_books_exactly_the_terms_the_regulation_sets(String id, Store store) {
        Ctx c = ctx(store, id);
        World w = c.w;
        Case k = w.open();
        Set<String> expected = new HashSet<>();
        if (c.term(DeadlineKind.ROUTE).isPresent()) {
            w.clock.set(due(c, k.id(), DeadlineKind.ROUTE).plusSeconds(60));
            expected.add("route@curator");
        }
        w.workflow.route(k.id(), c.dept, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(c.dept));
        for (DeadlineKind draft : List.of(DeadlineKind.DRAFT_BEFORE_ANSWER, DeadlineKind.DRAFT_AFTER_ROUTING)) {
            if (c.term(draft).isPresent()) {
                w.clock.set(due(c, k.id(), draft).plusSeconds(60));
                expected.add(draft.code() + "@" + c.dept);
            }
        }
        w.workflow.submitDraft(k.id(), w.executor(c.dept), "Здравствуйте! Ответ.");
        if (c.term(DeadlineKind.APPROVAL).isPresent()) {
            w.clock.set(due(c, k.id(), DeadlineKind.APPROVAL).plusSeconds(60));
            expected.add("approval@" + (World.DISPATCH.rules(id).approvers().contains(org.otklik.core.Role.HEAD) ? c.dept : "curator"));
        }
        w.workflow.approve(k.id(), w.approver(c.dept));
        Instant late = k.answerDueAt().plusSeconds(60);
        if (c.term(DeadlineKind.PUBLISH).isPresent()) {
            Instant publishDue = due(c, k.id(), DeadlineKind.PUBLISH);
            late = late.isAfter(publishDue) ? late : publishDue.plusSeconds(60);
            expected.add("publish@curator");
        }
        w.clock.set(late);
        w.workflow.publish(k.id(), w.specialist(), null);
        expected.add("answer@" + c.dept);
        assertThat(w.violations(k.id())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets"})
    void a_returned_case_goes_back_to_the_curator_with_the_reason_and_is_routed_again(String id, Store store) {
        Ctx c = ctx(store, id);
        World w = c.w;
        Case k = w.open();
        w.workflow.route(k.id(), c.dept, List.of(), w.curator(), null);
        w.at("2026-11-24T10:20");
        Case back = w.workflow.returnToCurator(k.id(), w.executor(c.dept), "не наша компетенция");
        assertThat(back.step()).isEqualTo(CaseStep.RETURNED);
        assertThat(store.audit(k.id()).get(2).reason()).isEqualTo("не наша компетенция");
        c.term(DeadlineKind.ROUTE).ifPresentOrElse(
                d -> assertThat(due(c, k.id(), DeadlineKind.ROUTE)).isEqualTo(c.cal.plus(w.clock.instant(), d)),
                () -> assertThat(w.running(k.id(), DeadlineKind.ROUTE)).isFalse());
        String other = c.profile.executors().stream().map(Executor::id).filter(e -> !e.equals(c.dept)).findFirst().orElseThrow();
        assertThat(w.workflow.route(k.id(), other, List.of(), w.curator(), "по компетенции").executor()).isEqualTo(other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets"})
    void reworked_twice_then_approved(String id, Store store) {
        Ctx c = ctx(store, id);
        World w = c.w;
        Case k = w.open();
        w.workflow.route(k.id(), c.dept, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(c.dept));
        for (int i = 0; i < 2; i++) {
            w.workflow.submitDraft(k.id(), w.executor(c.dept), "черновик " + i);
            w.workflow.rework(k.id(), w.approver(c.dept), "замечание " + i);
            Instant sentBack = w.clock.instant();
            c.term(DeadlineKind.REWORK).ifPresentOrElse(
                    d -> assertThat(due(c, k.id(), DeadlineKind.REWORK)).isEqualTo(c.cal.plus(sentBack, d)),
                    () -> assertThat(w.running(k.id(), DeadlineKind.REWORK)).isFalse());
        }
        w.workflow.submitDraft(k.id(), w.executor(c.dept), "Здравствуйте! Итоговый ответ.");
        assertThat(w.workflow.approve(k.id(), w.approver(c.dept)).step()).isEqualTo(CaseStep.APPROVED);
        assertThat(w.workflow.progress(k.id()).reworks()).isEqualTo(2);
        assertThat(store.audit(k.id()).stream().filter(a -> a.to() == CaseStep.REWORK).count()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets"})
    void interim_then_final_answer(String id, Store store) {
        Ctx c = ctx(store, id);
        World w = c.w;
        Case k = w.open();
        w.workflow.route(k.id(), c.dept, List.of(), w.curator(), null);
        w.workflow.take(k.id(), w.executor(c.dept));
        w.at("2026-11-24T11:00");
        w.workflow.publishInterim(k.id(), w.specialist(), "Здравствуйте! Вопрос на контроле.");
        Instant interim = w.clock.instant();
        assertThat(due(c, k.id(), DeadlineKind.FINAL_AFTER_INTERIM))
                .isEqualTo(c.cal.plus(interim, c.term(DeadlineKind.FINAL_AFTER_INTERIM).orElseThrow()));
        assertThat(w.running(k.id(), DeadlineKind.ANSWER)).isFalse();
        w.at("2026-11-25T10:00");
        w.workflow.submitDraft(k.id(), w.executor(c.dept), "Здравствуйте! Работы выполнены.");
        assertThat(w.running(k.id(), DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo(!World.DISPATCH.rules(id).finalDraftAfterInterim());
        w.workflow.approve(k.id(), w.approver(c.dept));
        w.workflow.publish(k.id(), w.specialist(), null);
        assertThat(w.workflow.texts(k.id())).extracting(CaseText::kind)
                .containsExactly(CaseText.Kind.INTERIM, CaseText.Kind.DRAFT, CaseText.Kind.ANSWER);
        assertThat(w.violations(k.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets"})
    void co_executors_give_their_input_within_the_regulation_term(String id, Store store) {
        Ctx c = ctx(store, id);
        World w = c.w;
        Case k = w.open();
        String co = c.profile.executors().stream().map(Executor::id).filter(e -> !e.equals(c.dept)).findFirst().orElseThrow();
        w.workflow.route(k.id(), c.dept, List.of(co), w.curator(), null);
        Instant routed = w.clock.instant();
        c.term(DeadlineKind.CO_EXECUTOR_INPUT).ifPresentOrElse(
                d -> assertThat(due(c, k.id(), DeadlineKind.CO_EXECUTOR_INPUT)).isEqualTo(c.cal.plus(routed, d)),
                () -> assertThat(w.running(k.id(), DeadlineKind.CO_EXECUTOR_INPUT)).isFalse());
        w.at("2026-11-24T10:30");
        w.workflow.contribute(k.id(), w.executor(co), "Информация соисполнителя.");
        assertThat(w.running(k.id(), DeadlineKind.CO_EXECUTOR_INPUT)).isFalse();
        assertThat(w.running(k.id(), DeadlineKind.CO_EXECUTOR_CHECK)).isEqualTo(c.term(DeadlineKind.CO_EXECUTOR_CHECK).isPresent());
        assertThat(w.violations(k.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets"})
    void a_repeat_links_to_the_earlier_case_and_an_excluded_post_runs_no_deadline(String id, Store store) {
        Ctx c = ctx(store, id);
        World w = c.w;
        Case first = w.open(Topic.WASTE, Importance.NORMAL, null, "Третью неделю не вывозят мусор с контейнерной площадки у дома");
        w.at("2026-11-25T10:00");
        Case again = w.open(Topic.WASTE, Importance.NORMAL, null, "Мусор с контейнерной площадки у дома не вывозят уже месяц");
        assertThat(again.repeatOf()).isEqualTo(first.id());
        Post p = w.post("оскорбительный текст");
        long postId = store.savePost(p, w.clock.instant()).postId();
        Case excluded = w.dispatcher.intake(postId, p, new Classification(p.externalId(), true, List.of(Topic.WASTE), null,
                Importance.NORMAL, FilterVerdict.INSULT, null, List.of("оскорбление")), w.clock.instant()).orElseThrow();
        assertThat(excluded.step()).isEqualTo(CaseStep.EXCLUDED);
        assertThat(w.deadlines(excluded.id())).isEmpty();
        assertThat(excluded.repeatOf()).isNull();
    }
}
