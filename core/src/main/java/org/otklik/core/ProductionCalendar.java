package org.otklik.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Russian production calendar ("производственный календарь"): which dates are worked, per year,
 * as the Government's transfer decrees set them. Years not shipped fall back to the Labour Code's
 * fixed holidays (art. 112) without transfers, and {@link #covers(int)} says so, so the launcher can warn.
 */
public final class ProductionCalendar {

    /**
     * One year's exceptions to "Monday to Friday are worked".
     *
     * @param daysOff weekdays that are not worked: holidays and transferred days off
     * @param workingWeekends Saturdays and Sundays that are worked because of a transfer
     * @param shortened working days one hour shorter (pre-holiday)
     */
    public record Year(int year, Set<LocalDate> daysOff, Set<LocalDate> workingWeekends, Set<LocalDate> shortened) {
        public Year {
            daysOff = Set.copyOf(daysOff);
            workingWeekends = Set.copyOf(workingWeekends);
            shortened = Set.copyOf(shortened);
        }
    }

    private static final Set<MonthDay> ART_112_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4), MonthDay.of(1, 5),
            MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8), MonthDay.of(2, 23), MonthDay.of(3, 8),
            MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12), MonthDay.of(11, 4));

    private final Map<Integer, Year> years;

    public ProductionCalendar(Iterable<Year> years) {
        Map<Integer, Year> byYear = new TreeMap<>();
        for (Year y : years) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("production calendar has year " + y.year() + " twice");
            }
        }
        this.years = Map.copyOf(byYear);
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public Set<Integer> years() {
        return new java.util.TreeSet<>(years.keySet());
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        Year y = years.get(date.getYear());
        if (y == null) {
            return !weekend && !ART_112_HOLIDAYS.contains(MonthDay.from(date));
        }
        if (weekend) {
            return y.workingWeekends().contains(date);
        }
        return !y.daysOff().contains(date);
    }

    public boolean isShortened(LocalDate date) {
        Year y = years.get(date.getYear());
        if (y == null) {
            LocalDate next = date.plusDays(1);
            return isWorkingDay(date) && ART_112_HOLIDAYS.contains(MonthDay.from(next));
        }
        return y.shortened().contains(date);
    }
}
