package org.otklik.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.otklik.core.DeadlineKind;
import org.otklik.core.Importance;
import org.otklik.core.RegulationProfile;
import org.otklik.core.ReportSchedule;
import org.otklik.core.Topic;
import org.otklik.core.WorkingDuration;

/**
 * Every number of the five seed regulations, as the shipped profiles state it
 * (the clause behind each is in docs/regulations.md).
 */
class RegulationProfilesTest {
    static final OtklikConfig CONFIG = RepoConfig.load();

    static WorkingDuration d(String id, DeadlineKind k) {
        return CONFIG.profile(id).deadline(k).orElse(null);
    }

    @Test
    void the_five_seed_municipalities_are_served() {
        assertThat(CONFIG.profiles().keySet()).containsExactly("khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets");
    }

    @Test
    void time_zones_are_the_municipalities_own() {
        assertThat(CONFIG.profile("khasyn").municipality().zone()).isEqualTo(ZoneId.of("Asia/Magadan"));
        assertThat(CONFIG.profile("neftekumsk").municipality().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(CONFIG.profile("klyuchevsky").municipality().zone()).isEqualTo(ZoneId.of("Asia/Barnaul"));
        assertThat(CONFIG.profile("kalininsky").municipality().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(CONFIG.profile("yelets").municipality().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void khasyn_specialist_passes_a_message_to_the_curator_within_30_minutes_and_the_curator_routes_it_within_30() {
        assertThat(d("khasyn", DeadlineKind.DETECT_TO_CURATOR)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("khasyn", DeadlineKind.ROUTE)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("khasyn", DeadlineKind.RETURN)).isEqualTo(WorkingDuration.minutes(30));
    }

    @Test
    void khasyn_answer_within_9_working_hours_draft_4_hours_before_approval_30_min_rework_1_hour() {
        assertThat(d("khasyn", DeadlineKind.ANSWER)).isEqualTo(WorkingDuration.hours(9));
        assertThat(d("khasyn", DeadlineKind.DRAFT_BEFORE_ANSWER)).isEqualTo(WorkingDuration.hours(4));
        assertThat(d("khasyn", DeadlineKind.APPROVAL)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("khasyn", DeadlineKind.REWORK)).isEqualTo(WorkingDuration.hours(1));
        assertThat(d("khasyn", DeadlineKind.PUBLISH)).isEqualTo(WorkingDuration.minutes(30));
    }

    @Test
    void khasyn_final_answer_7_working_days_after_interim_co_executors_2_hours_monthly_reports() {
        assertThat(d("khasyn", DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo(WorkingDuration.days(7));
        assertThat(d("khasyn", DeadlineKind.CO_EXECUTOR_INPUT)).isEqualTo(WorkingDuration.hours(2));
        assertThat(CONFIG.profile("khasyn").reports()).isEqualTo(ReportSchedule.MONTHLY);
    }

    @Test
    void neftekumsk_routes_within_1_working_hour_returns_within_30_min_answers_within_1_working_day() {
        assertThat(d("neftekumsk", DeadlineKind.ROUTE)).isEqualTo(WorkingDuration.hours(1));
        assertThat(d("neftekumsk", DeadlineKind.RETURN)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("neftekumsk", DeadlineKind.ANSWER)).isEqualTo(WorkingDuration.days(1));
    }

    @Test
    void neftekumsk_draft_3_hours_before_closing_approval_1_hour_rework_30_min_final_1_day_after_interim() {
        assertThat(d("neftekumsk", DeadlineKind.DRAFT_BEFORE_ANSWER)).isEqualTo(WorkingDuration.hours(3));
        assertThat(d("neftekumsk", DeadlineKind.APPROVAL)).isEqualTo(WorkingDuration.hours(1));
        assertThat(d("neftekumsk", DeadlineKind.REWORK)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("neftekumsk", DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo(WorkingDuration.days(1));
    }

    @Test
    void neftekumsk_co_executors_2_hours_plus_30_minutes_curator_check_quarterly_reports() {
        assertThat(d("neftekumsk", DeadlineKind.CO_EXECUTOR_INPUT)).isEqualTo(WorkingDuration.hours(2));
        assertThat(d("neftekumsk", DeadlineKind.CO_EXECUTOR_CHECK)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(CONFIG.profile("neftekumsk").reports()).isEqualTo(ReportSchedule.QUARTERLY);
    }

    @Test
    void klyuchevsky_answer_9_hours_draft_4_hours_before_rework_1_hour_final_7_days_and_nothing_else() {
        assertThat(d("klyuchevsky", DeadlineKind.ANSWER)).isEqualTo(WorkingDuration.hours(9));
        assertThat(d("klyuchevsky", DeadlineKind.DRAFT_BEFORE_ANSWER)).isEqualTo(WorkingDuration.hours(4));
        assertThat(d("klyuchevsky", DeadlineKind.REWORK)).isEqualTo(WorkingDuration.hours(1));
        assertThat(d("klyuchevsky", DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo(WorkingDuration.days(7));
        assertThat(CONFIG.profile("klyuchevsky").deadlines().keySet()).containsExactlyInAnyOrder(DeadlineKind.ANSWER,
                DeadlineKind.DRAFT_BEFORE_ANSWER, DeadlineKind.REWORK, DeadlineKind.FINAL_AFTER_INTERIM);
    }

    @Test
    void kalininsky_answers_in_8_working_hours_and_in_4_when_of_high_importance() {
        RegulationProfile p = CONFIG.profile("kalininsky");
        assertThat(p.answerLimit(Importance.NORMAL)).isEqualTo(WorkingDuration.hours(8));
        assertThat(p.answerLimit(Importance.HIGH)).isEqualTo(WorkingDuration.hours(4));
        assertThat(d("kalininsky", DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo(WorkingDuration.days(7));
        assertThat(p.reports()).isEqualTo(ReportSchedule.ON_REQUEST);
    }

    @Test
    void high_importance_does_not_shorten_the_answer_where_the_regulation_has_no_such_rule() {
        assertThat(CONFIG.profile("khasyn").answerLimit(Importance.HIGH)).isEqualTo(WorkingDuration.hours(9));
        assertThat(CONFIG.profile("yelets").answerLimit(Importance.HIGH)).isEqualTo(WorkingDuration.hours(8));
    }

    @Test
    void yelets_routes_in_1_hour_returns_in_30_min_answers_in_8_hours_draft_6_hours_after_routing() {
        assertThat(d("yelets", DeadlineKind.ROUTE)).isEqualTo(WorkingDuration.hours(1));
        assertThat(d("yelets", DeadlineKind.RETURN)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("yelets", DeadlineKind.ANSWER)).isEqualTo(WorkingDuration.hours(8));
        assertThat(d("yelets", DeadlineKind.DRAFT_AFTER_ROUTING)).isEqualTo(WorkingDuration.hours(6));
        assertThat(d("yelets", DeadlineKind.APPROVAL)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("yelets", DeadlineKind.REWORK)).isEqualTo(WorkingDuration.minutes(30));
        assertThat(d("yelets", DeadlineKind.FINAL_AFTER_INTERIM)).isEqualTo(WorkingDuration.days(7));
    }

    @Test
    void every_topic_has_an_executor_in_every_municipality() {
        for (RegulationProfile p : CONFIG.profiles().values()) {
            Set<Topic> covered = p.executors().stream().flatMap(e -> e.topics().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
            assertThat(covered).as(p.id()).isEqualTo(EnumSet.allOf(Topic.class));
        }
    }

    @Test
    void klyuchevsky_executors_are_the_positions_of_appendix_2() {
        assertThat(CONFIG.profile("klyuchevsky").executors()).hasSize(13);
        assertThat(CONFIG.profile("klyuchevsky").executors()).anySatisfy(e ->
                assertThat(e.head()).contains("Председатель комитета по образованию"));
    }

    @Test
    void gazetteers_start_with_the_administrative_centre() {
        assertThat(CONFIG.profile("khasyn").municipality().settlements().get(0).name()).isEqualTo("Палатка");
        assertThat(CONFIG.profile("neftekumsk").municipality().settlements().get(0).name()).isEqualTo("Нефтекумск");
        assertThat(CONFIG.profile("klyuchevsky").municipality().settlements().get(0).name()).isEqualTo("Ключи");
        assertThat(CONFIG.profile("kalininsky").municipality().settlements().get(0).name()).isEqualTo("Калининская");
        assertThat(CONFIG.profile("yelets").municipality().settlements().get(0).name()).isEqualTo("Елец");
        assertThat(CONFIG.profile("yelets").municipality().streets()).extracting(p -> p.name()).contains("Коммунаров", "Мира");
    }

    @Test
    void a_river_is_a_landmark_of_the_city_not_a_settlement() {
        var yelets = CONFIG.profile("yelets").municipality();
        assertThat(yelets.landmarks()).extracting(p -> p.name()).contains("Быстрая Сосна");
        assertThat(yelets.settlements()).extracting(p -> p.name()).containsExactly("Елец");
    }
}
