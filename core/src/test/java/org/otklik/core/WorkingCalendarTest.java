package org.otklik.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId MAGADAN = ZoneId.of("Asia/Magadan");

    /** The official 2026 and 2027 New Year holidays as the production calendar data states them. */
    static final ProductionCalendar CALENDAR = new ProductionCalendar(List.of(
            new ProductionCalendar.Year(2026,
                    Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6),
                            LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 23),
                            LocalDate.of(2026, 3, 9), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11), LocalDate.of(2026, 6, 12),
                            LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 31)),
                    Set.of(),
                    Set.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8), LocalDate.of(2026, 6, 11),
                            LocalDate.of(2026, 11, 3))),
            new ProductionCalendar.Year(2027,
                    Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6),
                            LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 8)),
                    Set.of(),
                    Set.of()),
            // a made-up year with a working Saturday, to test transfers
            new ProductionCalendar.Year(2030, Set.of(LocalDate.of(2030, 4, 29)), Set.of(LocalDate.of(2030, 4, 27)), Set.of())));

    static final WorkingCalendar MOSCOW_OFFICE = new WorkingCalendar(CALENDAR, WorkingHours.standard(), MOSCOW);

    static Instant at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    static String local(Instant t, ZoneId zone) {
        return t.atZone(zone).toOffsetDateTime().toString();
    }

    @Test
    void four_working_hours_from_new_years_eve_afternoon_end_on_the_first_working_day_of_january() {
        // 31.12.2026 is a day off (transferred from 04.01); 01–10.01.2027 are holidays and a weekend
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2026-12-31T16:00:00+03:00"), 240);
        assertThat(local(due, MOSCOW)).isEqualTo("2027-01-11T13:00+03:00");
    }

    @Test
    void working_time_that_ends_exactly_at_lunch_ends_at_lunch_not_after_it() {
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2026-11-23T09:00:00+03:00"), 240);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-23T13:00+03:00");
    }

    @Test
    void lunch_break_does_not_count() {
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2026-11-23T12:30:00+03:00"), 60);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-23T14:30+03:00");
    }

    @Test
    void a_message_detected_at_night_counts_from_the_next_opening() {
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2026-11-23T23:40:00+03:00"), 30);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-24T09:30+03:00");
    }

    @Test
    void a_message_detected_on_saturday_counts_from_monday() {
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2026-11-21T11:00:00+03:00"), 9 * 60);
        // Monday 09:00 + 8 h = 18:00; the ninth hour is Tuesday 09:00-10:00
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-24T10:00+03:00");
    }

    @Test
    void a_pre_holiday_day_is_one_hour_shorter() {
        // 03.11.2026 is shortened before 04.11 (Day of National Unity): the office closes at 17:00
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2026-11-03T16:00:00+03:00"), 120);
        // 16:00-17:00 on the 3rd, 4th is a holiday, 09:00-10:00 on the 5th
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-05T10:00+03:00");
    }

    @Test
    void a_transferred_working_saturday_is_worked() {
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2030-04-26T17:00:00+03:00"), 120);
        // Friday 17:00-18:00, then the working Saturday 27.04 from 09:00
        assertThat(local(due, MOSCOW)).isEqualTo("2030-04-27T10:00+03:00");
    }

    @Test
    void the_municipality_time_zone_is_used_not_the_servers() {
        // 09:00 in Magadan is 01:00 in Moscow: a Magadan office is open then
        WorkingCalendar magadan = new WorkingCalendar(CALENDAR, WorkingHours.standard(), MAGADAN);
        Instant due = magadan.plusWorkingMinutes(at("2026-11-23T09:00:00+11:00"), 30);
        assertThat(local(due, MAGADAN)).isEqualTo("2026-11-23T09:30+11:00");
        assertThat(magadan.isWorkingTime(at("2026-11-23T10:00:00+03:00"))).as("18:00 in Magadan").isFalse();
    }

    @Test
    void seconds_of_the_start_are_kept() {
        Instant due = MOSCOW_OFFICE.plusWorkingMinutes(at("2026-11-23T10:00:30+03:00"), 30);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-23T10:30:30+03:00");
    }

    @Test
    void one_working_day_from_monday_afternoon_is_tuesday_afternoon() {
        Instant due = MOSCOW_OFFICE.plusWorkingDays(at("2026-11-23T15:00:00+03:00"), 1);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-24T15:00+03:00");
    }

    @Test
    void seven_working_days_step_over_weekends_and_holidays() {
        // from Thursday 29.10.2026: 30.10, 2.11, 3.11, 5.11, 6.11, 9.11, 10.11 (4.11 is a holiday)
        Instant due = MOSCOW_OFFICE.plusWorkingDays(at("2026-10-29T11:00:00+03:00"), 7);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-10T11:00+03:00");
    }

    @Test
    void working_days_landing_on_a_shortened_day_end_at_its_early_close() {
        Instant due = MOSCOW_OFFICE.plusWorkingDays(at("2026-11-02T17:30:00+03:00"), 1);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-03T17:00+03:00");
    }

    @Test
    void a_deadline_counted_back_from_the_answer_deadline_skips_non_working_time() {
        // draft due 4 working hours before an answer due Tuesday 11:00 → Monday 16:00
        Instant due = MOSCOW_OFFICE.minusWorkingMinutes(at("2026-11-24T11:00:00+03:00"), 240);
        assertThat(local(due, MOSCOW)).isEqualTo("2026-11-23T16:00+03:00");
    }

    @Test
    void working_minutes_between_count_only_office_hours() {
        long m = MOSCOW_OFFICE.workingMinutesBetween(at("2026-11-20T17:00:00+03:00"), at("2026-11-23T10:00:00+03:00"));
        assertThat(m).isEqualTo(120);
        assertThat(MOSCOW_OFFICE.workingMinutesBetween(at("2026-11-23T10:00:00+03:00"), at("2026-11-20T17:00:00+03:00"))).isEqualTo(-120);
    }

    @Test
    void a_year_without_calendar_data_falls_back_to_the_labour_codes_holidays() {
        assertThat(CALENDAR.covers(2031)).isFalse();
        assertThat(MOSCOW_OFFICE.isWorkingDay(LocalDate.of(2031, 1, 6))).isFalse();
        assertThat(MOSCOW_OFFICE.isWorkingDay(LocalDate.of(2031, 1, 9))).isTrue();
    }

    @Test
    void negative_working_time_is_refused() {
        assertThatThrownBy(() -> MOSCOW_OFFICE.plusWorkingMinutes(Instant.EPOCH, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- properties over many random instants and amounts (fixed seed: a failure reproduces)

    @Test
    void adding_a_then_b_equals_adding_a_plus_b() {
        Random r = new Random(20261123);
        for (int i = 0; i < 3000; i++) {
            Instant t = randomInstant(r);
            long a = 1 + r.nextInt(3000);
            long b = 1 + r.nextInt(3000);
            assertThat(MOSCOW_OFFICE.plusWorkingMinutes(MOSCOW_OFFICE.plusWorkingMinutes(t, a), b))
                    .as("from %s, %d then %d", t, a, b).isEqualTo(MOSCOW_OFFICE.plusWorkingMinutes(t, a + b));
        }
    }

    @Test
    void a_deadline_never_lands_in_non_working_time() {
        Random r = new Random(7);
        for (int i = 0; i < 3000; i++) {
            Instant t = randomInstant(r);
            Instant due = MOSCOW_OFFICE.plusWorkingMinutes(t, 1 + r.nextInt(5000));
            // the deadline is the end of a working minute: the minute before it is working time
            assertThat(MOSCOW_OFFICE.isWorkingTime(due.minusSeconds(1))).as("due %s from %s", due, t).isTrue();
        }
    }

    @Test
    void the_working_minutes_between_start_and_deadline_are_the_minutes_added() {
        Random r = new Random(11);
        for (int i = 0; i < 3000; i++) {
            Instant t = randomInstant(r).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            long n = 1 + r.nextInt(5000);
            assertThat(MOSCOW_OFFICE.workingMinutesBetween(t, MOSCOW_OFFICE.plusWorkingMinutes(t, n))).as("from %s + %d", t, n).isEqualTo(n);
        }
    }

    @Test
    void counting_back_undoes_counting_forward_from_working_time() {
        Random r = new Random(13);
        for (int i = 0; i < 3000; i++) {
            Instant t = MOSCOW_OFFICE.nextWorkingMoment(randomInstant(r)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            if (!MOSCOW_OFFICE.isWorkingTime(t)) {
                continue;
            }
            long n = 1 + r.nextInt(5000);
            Instant due = MOSCOW_OFFICE.plusWorkingMinutes(t, n);
            assertThat(MOSCOW_OFFICE.minusWorkingMinutes(due, n)).as("from %s + %d", t, n).isEqualTo(t);
        }
    }

    private static Instant randomInstant(Random r) {
        long from = at("2026-01-01T00:00:00+03:00").getEpochSecond();
        long to = at("2027-01-31T00:00:00+03:00").getEpochSecond();
        return Instant.ofEpochSecond(from + (long) (r.nextDouble() * (to - from)));
    }
}
