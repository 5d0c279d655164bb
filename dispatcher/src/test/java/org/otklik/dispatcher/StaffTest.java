package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffTest {
    private static final Staff STAFF = new Staff(
            Map.of("roads", new Staff.Department("roads", List.of("a", "b"), "chief", List.of("dep"))),
            List.of(new Staff.Absence("a", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13), "отпуск"),
                    new Staff.Absence("b", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 9), "больничный"),
                    new Staff.Absence("chief", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 20), "командировка")));

    @Test
    void a_case_goes_to_the_first_present_member_then_to_the_deputy_when_all_are_away() {
        assertThat(STAFF.assignee("roads", LocalDate.of(2026, 11, 1))).contains("a");
        assertThat(STAFF.assignee("roads", LocalDate.of(2026, 11, 2))).contains("b");
        assertThat(STAFF.assignee("roads", LocalDate.of(2026, 11, 9))).contains("dep");
        assertThat(STAFF.assignee("unknown", LocalDate.of(2026, 11, 9))).isEmpty();
    }

    @Test
    void a_deputy_approves_while_the_head_is_away() {
        assertThat(STAFF.approver("roads", LocalDate.of(2026, 11, 6))).contains("chief");
        assertThat(STAFF.approver("roads", LocalDate.of(2026, 11, 10))).contains("dep");
    }

    @Test
    void absences_are_inclusive_of_both_days() {
        assertThat(STAFF.absent("a", LocalDate.of(2026, 11, 13))).isTrue();
        assertThat(STAFF.absent("a", LocalDate.of(2026, 11, 14))).isFalse();
    }
}
