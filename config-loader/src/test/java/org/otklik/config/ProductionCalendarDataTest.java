package org.otklik.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.otklik.core.ProductionCalendar;
import org.otklik.core.WorkingCalendar;

/** The shipped production calendar against the official yearly totals (40-hour week). */
class ProductionCalendarDataTest {
    static final OtklikConfig CONFIG = RepoConfig.load();
    static final ProductionCalendar CAL = CONFIG.calendar();

    @ParameterizedTest(name = "{0}: {1} working days, {2} hours")
    @CsvSource({
            // official totals of the Government's calendars; 2020 and 2021 without the President's extra non-working days
            "2022, 247, 1973",
            "2023, 247, 1973",
            "2024, 248, 1979",
            "2025, 247, 1972",
            "2026, 247, 1972",
    })
    void yearly_totals_match_the_official_calendar(int year, int days, int hours) {
        int d = 0;
        int h = 0;
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            if (CAL.isWorkingDay(date)) {
                d++;
                h += CAL.isShortened(date) ? 7 : 8;
            }
        }
        assertThat(d).isEqualTo(days);
        assertThat(h).isEqualTo(hours);
    }

    @Test
    void every_year_from_2020_to_2027_is_shipped() {
        for (int y = 2020; y <= 2027; y++) {
            assertThat(CAL.covers(y)).as("year %d", y).isTrue();
        }
    }

    @Test
    void new_years_eve_2026_is_a_transferred_day_off_and_work_resumes_on_11_january_2027() {
        assertThat(CAL.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        for (int day = 1; day <= 10; day++) {
            assertThat(CAL.isWorkingDay(LocalDate.of(2027, 1, day))).as("January %d", day).isFalse();
        }
        assertThat(CAL.isWorkingDay(LocalDate.of(2027, 1, 11))).isTrue();
    }

    @Test
    void kalininsky_4_working_hours_from_new_years_eve_2026_end_on_11_january_2027() {
        WorkingCalendar cal = CONFIG.workingCalendar("kalininsky");
        var due = cal.plusWorkingMinutes(OffsetDateTime.parse("2026-12-31T16:00:00+03:00").toInstant(), 240);
        assertThat(due.atZone(cal.zone()).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2027-01-11T13:00:00+03:00"));
    }

    @Test
    void the_2020_covid_non_working_period_is_not_worked() {
        assertThat(CAL.isWorkingDay(LocalDate.of(2020, 4, 15))).isFalse();
    }
}
