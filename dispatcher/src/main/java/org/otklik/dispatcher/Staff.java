package org.otklik.dispatcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * People of each executor department (by login), their deputies and absence periods, from
 * {@code config/municipalities/<id>/staff.yaml}: a case is assigned to a present member, or to a deputy when
 * every member is away, so it never waits on an absent person.
 */
public record Staff(Map<String, Department> departments, List<Absence> absences) {

    public static final Staff EMPTY = new Staff(Map.of(), List.of());

    /** @param members officers who draft answers; @param head approver; @param deputies stand in for members and head */
    public record Department(String id, List<String> members, String head, List<String> deputies) {
        public Department {
            members = List.copyOf(members);
            deputies = List.copyOf(deputies);
        }
    }

    /** An absence, both days inclusive; {@code why} is отпуск, больничный, командировка… */
    public record Absence(String login, LocalDate from, LocalDate to, String why) {
        public Absence {
            Objects.requireNonNull(login, "login");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("absence of " + login + " ends " + to + " before it starts " + from);
            }
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public Staff {
        departments = Map.copyOf(departments);
        absences = List.copyOf(absences);
    }

    public boolean absent(String login, LocalDate day) {
        return absences.stream().anyMatch(a -> a.login().equals(login) && a.covers(day));
    }

    /** The first present member of the department, else its first present deputy; empty when nobody is known or present. */
    public Optional<String> assignee(String department, LocalDate day) {
        Department d = departments.get(department);
        if (d == null) {
            return Optional.empty();
        }
        for (String m : d.members()) {
            if (!absent(m, day)) {
                return Optional.of(m);
            }
        }
        return d.deputies().stream().filter(m -> !absent(m, day)).findFirst();
    }

    /** Who approves for the department today: its head, or a present deputy while the head is away. */
    public Optional<String> approver(String department, LocalDate day) {
        Department d = departments.get(department);
        if (d == null) {
            return Optional.empty();
        }
        if (d.head() != null && !absent(d.head(), day)) {
            return Optional.of(d.head());
        }
        return d.deputies().stream().filter(m -> !absent(m, day)).findFirst();
    }

    /** True when the login belongs to the department as member, head or deputy. */
    public boolean belongs(String login, String department) {
        Department d = departments.get(department);
        return d != null && (d.members().contains(login) || login.equals(d.head()) || d.deputies().contains(login));
    }
}
