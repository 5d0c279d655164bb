package org.otklik.core;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An administration's working day: opening hours per weekday and a lunch break.
 * Weekdays missing from {@code days} are not worked (even if the production calendar
 * declares a Saturday a working day, a day without hours here has no working time —
 * so a five-day administration lists Monday to Friday, and a transferred working
 * Saturday takes the hours of the weekday it replaces).
 *
 * @param lunchStart start of the lunch break, or null for none
 */
public record WorkingHours(Map<DayOfWeek, Span> days, LocalTime lunchStart, LocalTime lunchEnd) {

    /** Opening hours of one day, {@code start} inclusive, {@code end} exclusive. */
    public record Span(LocalTime start, LocalTime end) {
        public Span {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("working hours must start before they end: " + start + "-" + end);
            }
        }

        public long minutes() {
            return java.time.Duration.between(start, end).toMinutes();
        }
    }

    /** Russian administrations' usual 40-hour week: 09:00–18:00 with lunch 13:00–14:00, Monday to Friday. */
    public static WorkingHours standard() {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(d, new Span(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        return new WorkingHours(days, LocalTime.of(13, 0), LocalTime.of(14, 0));
    }

    public WorkingHours {
        days = Map.copyOf(days);
        if ((lunchStart == null) != (lunchEnd == null)) {
            throw new IllegalArgumentException("lunch break needs both a start and an end");
        }
        if (lunchStart != null && !lunchStart.isBefore(lunchEnd)) {
            throw new IllegalArgumentException("lunch must start before it ends: " + lunchStart + "-" + lunchEnd);
        }
    }

    /**
     * The working intervals of a day with these hours, in order; {@code shortened} takes one hour off
     * the end of the day (Labour Code art. 95, pre-holiday days).
     *
     * @param hoursOf the weekday whose hours apply (a transferred working Saturday works a weekday's hours)
     */
    public List<Span> intervals(DayOfWeek hoursOf, boolean shortened) {
        Span day = days.get(hoursOf);
        if (day == null) {
            return List.of();
        }
        LocalTime end = shortened ? day.end().minusHours(1) : day.end();
        if (!day.start().isBefore(end)) {
            return List.of();
        }
        List<Span> out = new ArrayList<>(2);
        if (lunchStart != null && day.start().isBefore(lunchStart) && lunchEnd.isBefore(end)) {
            out.add(new Span(day.start(), lunchStart));
            out.add(new Span(lunchEnd, end));
        } else if (lunchStart != null && lunchStart.isBefore(end) && !lunchEnd.isBefore(end) && day.start().isBefore(lunchStart)) {
            out.add(new Span(day.start(), lunchStart));
        } else {
            out.add(new Span(day.start(), end));
        }
        return out;
    }

    /** The weekday whose hours a working weekend day borrows: Monday to Friday's first listed hours. */
    public DayOfWeek firstWorkingWeekday() {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (days.containsKey(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day in the week");
    }
}
