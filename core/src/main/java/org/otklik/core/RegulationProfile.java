package org.otklik.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One municipality's regulation made data: working hours, every step deadline it sets,
 * who plays which role, and its executors. A deadline the regulation does not set is absent,
 * never zero.
 *
 * @param regulation the act's title, as the curator would cite it
 * @param specialist the body that detects messages
 * @param curator the body that routes and controls them
 * @param chief who receives immediate escalations and reports
 */
public record RegulationProfile(
        Municipality municipality,
        String regulation,
        WorkingHours hours,
        Map<DeadlineKind, WorkingDuration> deadlines,
        ReportSchedule reports,
        String specialist,
        String curator,
        String chief,
        List<Executor> executors) {

    public RegulationProfile {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(hours, "hours");
        deadlines = deadlines.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(deadlines));
        Objects.requireNonNull(reports, "reports");
        executors = List.copyOf(executors);
    }

    public String id() {
        return municipality.id();
    }

    public Optional<WorkingDuration> deadline(DeadlineKind kind) {
        return Optional.ofNullable(deadlines.get(kind));
    }

    /** The answer limit for a case of this importance: the shorter high-importance one where the regulation has it. */
    public WorkingDuration answerLimit(Importance importance) {
        if (importance == Importance.HIGH && deadlines.containsKey(DeadlineKind.ANSWER_HIGH)) {
            return deadlines.get(DeadlineKind.ANSWER_HIGH);
        }
        WorkingDuration d = deadlines.get(DeadlineKind.ANSWER);
        if (d == null) {
            throw new IllegalStateException("profile " + id() + " sets no answer deadline");
        }
        return d;
    }

    public Optional<Executor> executor(String id) {
        return executors.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public WorkingCalendar calendar(ProductionCalendar production) {
        return new WorkingCalendar(production, hours, municipality.zone());
    }
}
