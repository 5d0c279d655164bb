package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Importance;
import org.otklik.core.Topic;

/** Yelets: routing within 1 working hour, approval within 30 minutes; 9:00–18:00 Moscow with lunch. */
class StepDeadlinesTest {
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z"); // Tuesday 11:00 Moscow

    private static StepDeadline at(Instant now, CaseStep step, Instant stepStart, Instant answerDue) {
        StepDeadlines d = new StepDeadlines(TestApp.CONFIG.profiles(), TestApp.CONFIG.calendar(), Clock.fixed(now, ZoneOffset.UTC));
        return d.of(new Case(1, 1, "yelets", step, List.of(Topic.ROADS), null, Importance.NORMAL, "x", List.of(),
                stepStart, answerDue, null, stepStart));
    }

    @Test
    void a_new_case_must_be_routed_within_one_working_hour() {
        StepDeadline d = at(NOW, CaseStep.NEW, NOW, Instant.parse("2026-11-25T08:00:00Z"));
        assertThat(d.due()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(d.status()).isEqualTo(StepDeadline.Status.DUE_SOON);
    }

    @Test
    void a_draft_waiting_for_approval_longer_than_30_working_minutes_is_overdue() {
        StepDeadline d = at(NOW, CaseStep.DRAFT_SUBMITTED, NOW.minusSeconds(45 * 60), Instant.parse("2026-11-25T08:00:00Z"));
        assertThat(d.status()).isEqualTo(StepDeadline.Status.OVERDUE);
        assertThat(d.countdown()).startsWith("просрочено на 15 мин");
    }

    @Test
    void a_step_never_runs_past_the_answer_deadline() {
        Instant answer = NOW.plusSeconds(20 * 60);
        StepDeadline d = at(NOW, CaseStep.NEW, NOW, answer);
        assertThat(d.due()).isEqualTo(answer);
    }

    @Test
    void a_case_far_from_its_deadline_is_on_time() {
        StepDeadline d = at(NOW, CaseStep.IN_WORK, NOW, Instant.parse("2026-11-26T08:00:00Z"));
        assertThat(d.status()).isEqualTo(StepDeadline.Status.ON_TIME);
    }

    @Test
    void a_published_case_has_no_running_deadline() {
        assertThat(at(NOW, CaseStep.PUBLISHED, NOW, NOW).status()).isEqualTo(StepDeadline.Status.NONE);
    }
}
