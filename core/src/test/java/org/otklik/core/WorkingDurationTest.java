package org.otklik.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkingDurationTest {
    @Test
    void regulation_durations_parse() {
        assertThat(WorkingDuration.parse("30m")).isEqualTo(WorkingDuration.minutes(30));
        assertThat(WorkingDuration.parse("9h")).isEqualTo(WorkingDuration.minutes(540));
        assertThat(WorkingDuration.parse("1h30m")).isEqualTo(WorkingDuration.minutes(90));
        assertThat(WorkingDuration.parse("7d")).isEqualTo(WorkingDuration.days(7));
    }

    @Test
    void durations_print_as_they_are_written() {
        assertThat(WorkingDuration.minutes(90)).hasToString("1h30m");
        assertThat(WorkingDuration.days(1)).hasToString("1d");
    }

    @Test
    void nonsense_is_refused_with_the_accepted_forms() {
        assertThatThrownBy(() -> WorkingDuration.parse("9 часов")).hasMessageContaining("30m, 9h, 1h30m or 7d");
        assertThatThrownBy(() -> WorkingDuration.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDuration.parse("h")).isInstanceOf(IllegalArgumentException.class);
    }
}
