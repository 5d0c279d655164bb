package org.otklik.core;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Working time of one municipality: its production calendar, its office hours and its time zone.
 * Every regulation deadline ("не позднее 9 рабочих часов с момента выявления") is computed here.
 *
 * <p>Working intervals are closed at their end: a deadline that uses up the morning exactly
 * falls at 13:00, not at 14:00 after lunch. Adding working time is therefore associative:
 * {@code plus(plus(t, a), b) == plus(t, a + b)} for positive {@code a} and {@code b}.
 */
public final class WorkingCalendar {

    /** Deadlines further than this are a configuration error, not a real regulation. */
    private static final int MAX_DAYS_SCANNED = 3 * 366;

    private final ProductionCalendar production;
    private final WorkingHours hours;
    private final ZoneId zone;

    public WorkingCalendar(ProductionCalendar production, WorkingHours hours, ZoneId zone) {
        this.production = Objects.requireNonNull(production, "production");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working intervals of a local date, empty on a non-working day. */
    public List<WorkingHours.Span> intervals(LocalDate date) {
        if (!production.isWorkingDay(date)) {
            return List.of();
        }
        DayOfWeek dow = date.getDayOfWeek();
        DayOfWeek hoursOf = hours.days().containsKey(dow) ? dow : hours.firstWorkingWeekday();
        return hours.intervals(hoursOf, production.isShortened(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        return !intervals(date).isEmpty();
    }

    public boolean isWorkingTime(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalTime time = local.toLocalTime();
        for (WorkingHours.Span s : intervals(local.toLocalDate())) {
            if (!time.isBefore(s.start()) && time.isBefore(s.end())) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} itself when it is working time, else the start of the next working interval. */
    public Instant nextWorkingMoment(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        for (int i = 0; i < MAX_DAYS_SCANNED; i++, date = date.plusDays(1), time = LocalTime.MIN) {
            for (WorkingHours.Span s : intervals(date)) {
                if (time.isBefore(s.end())) {
                    return toInstant(date, time.isBefore(s.start()) ? s.start() : time, t, i == 0);
                }
            }
        }
        throw noWorkingTime(t);
    }

    /** Adds working time of either unit. */
    public Instant plus(Instant from, WorkingDuration d) {
        return d.unit() == WorkingDuration.Unit.DAYS
                ? plusWorkingDays(from, Math.toIntExact(d.amount()))
                : plusWorkingMinutes(from, d.amount());
    }

    /**
     * The instant at which {@code minutes} working minutes counted from {@code from} run out.
     * Time before the office opens, lunch, nights, weekends and holidays do not count.
     */
    public Instant plusWorkingMinutes(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("cannot add negative working time: " + minutes);
        }
        if (minutes == 0) {
            return from;
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        LocalDate date = local.toLocalDate();
        // seconds matter: a message detected at 10:00:30 is due at 10:30:30, not 10:30
        long remainingSeconds = minutes * 60;
        LocalTime time = local.toLocalTime();
        for (int i = 0; i < MAX_DAYS_SCANNED; i++, date = date.plusDays(1), time = LocalTime.MIN) {
            for (WorkingHours.Span s : intervals(date)) {
                if (!time.isBefore(s.end())) {
                    continue;
                }
                LocalTime start = time.isBefore(s.start()) ? s.start() : time;
                long available = ChronoUnit.SECONDS.between(start, s.end());
                if (remainingSeconds <= available) {
                    return toInstant(date, start.plusSeconds(remainingSeconds), from, false);
                }
                remainingSeconds -= available;
            }
        }
        throw noWorkingTime(from);
    }

    /**
     * Working minutes between two instants (negative when {@code to} is before {@code from}),
     * for "how late" and "how long did the answer take" in working hours.
     */
    public long workingMinutesBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -workingMinutesBetween(to, from);
        }
        return workingSecondsBetween(from, to) / 60;
    }

    public long workingSecondsBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -workingSecondsBetween(to, from);
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        long seconds = 0;
        for (LocalDate date = a.toLocalDate(); !date.isAfter(b.toLocalDate()); date = date.plusDays(1)) {
            LocalTime lo = date.equals(a.toLocalDate()) ? a.toLocalTime() : LocalTime.MIN;
            boolean lastDay = date.equals(b.toLocalDate());
            for (WorkingHours.Span s : intervals(date)) {
                LocalTime start = lo.isAfter(s.start()) ? lo : s.start();
                LocalTime end = lastDay && b.toLocalTime().isBefore(s.end()) ? b.toLocalTime() : s.end();
                if (start.isBefore(end)) {
                    seconds += ChronoUnit.SECONDS.between(start, end);
                }
            }
        }
        return seconds;
    }

    /**
     * {@code days} working days after {@code from}: the same time of day on the {@code days}-th working day
     * after the first working moment at or after {@code from}, held within that day's working hours.
     * So a message detected on Monday at 15:00 with a "1 working day" limit is due on Tuesday at 15:00,
     * and one detected on Saturday is due on Tuesday at the opening hour.
     */
    public Instant plusWorkingDays(Instant from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("cannot add negative working days: " + days);
        }
        Instant start = nextWorkingMoment(from);
        if (days == 0) {
            return start;
        }
        LocalDateTime local = LocalDateTime.ofInstant(start, zone);
        LocalDate date = local.toLocalDate();
        int counted = 0;
        for (int i = 0; counted < days; i++) {
            if (i > MAX_DAYS_SCANNED) {
                throw noWorkingTime(from);
            }
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        List<WorkingHours.Span> spans = intervals(date);
        LocalTime wanted = local.toLocalTime();
        LocalTime result = spans.get(0).start();
        for (WorkingHours.Span s : spans) {
            if (!wanted.isBefore(s.start())) {
                result = wanted.isBefore(s.end()) ? wanted : s.end();
            }
        }
        return toInstant(date, result, start, false);
    }

    /** Moves back {@code minutes} of working time: "the draft is due 4 working hours before the answer deadline". */
    public Instant minusWorkingMinutes(Instant to, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("cannot subtract negative working time: " + minutes);
        }
        if (minutes == 0) {
            return to;
        }
        LocalDateTime local = LocalDateTime.ofInstant(to, zone);
        LocalDate date = local.toLocalDate();
        long remainingSeconds = minutes * 60;
        LocalTime time = local.toLocalTime();
        boolean first = true;
        for (int i = 0; i < MAX_DAYS_SCANNED; i++, date = date.minusDays(1), first = false) {
            List<WorkingHours.Span> spans = intervals(date);
            for (int k = spans.size() - 1; k >= 0; k--) {
                WorkingHours.Span s = spans.get(k);
                if (first && !time.isAfter(s.start())) {
                    continue;
                }
                LocalTime end = first && time.isBefore(s.end()) ? time : s.end();
                long available = ChronoUnit.SECONDS.between(s.start(), end);
                if (remainingSeconds <= available) {
                    return toInstant(date, end.minusSeconds(remainingSeconds), to, false);
                }
                remainingSeconds -= available;
            }
        }
        throw noWorkingTime(to);
    }

    private Instant toInstant(LocalDate date, LocalTime time, Instant original, boolean sameDayAsOriginal) {
        if (sameDayAsOriginal && time.equals(LocalDateTime.ofInstant(original, zone).toLocalTime())) {
            return original;
        }
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private IllegalStateException noWorkingTime(Instant from) {
        return new IllegalStateException("no working time within " + MAX_DAYS_SCANNED + " days after " + from
                + " in " + zone + ": check the working hours and the production calendar");
    }
}
