package org.otklik.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of working time as regulations state it: minutes and hours of working time
 * ("9 рабочих часов") or whole working days ("7 рабочих дней"). Written in config as
 * {@code 30m}, {@code 9h}, {@code 1h30m}, {@code 1d}.
 */
public record WorkingDuration(long amount, Unit unit) {

    /** Working minutes are counted inside working hours; working days step over non-working days. */
    public enum Unit { MINUTES, DAYS }

    private static final Pattern HOURS_MINUTES = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?");
    private static final Pattern DAYS = Pattern.compile("(\\d{1,3})d");

    public WorkingDuration {
        if (amount < 0) {
            throw new IllegalArgumentException("a working duration cannot be negative: " + amount);
        }
    }

    public static WorkingDuration minutes(long minutes) {
        return new WorkingDuration(minutes, Unit.MINUTES);
    }

    public static WorkingDuration hours(long hours) {
        return new WorkingDuration(hours * 60, Unit.MINUTES);
    }

    public static WorkingDuration days(long days) {
        return new WorkingDuration(days, Unit.DAYS);
    }

    /**
     * Parses {@code 30m}, {@code 9h}, {@code 1h30m} or {@code 7d}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static WorkingDuration parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher d = DAYS.matcher(s);
        if (d.matches()) {
            return days(Long.parseLong(d.group(1)));
        }
        Matcher hm = HOURS_MINUTES.matcher(s);
        if (!s.isEmpty() && hm.matches()) {
            long h = hm.group(1) == null ? 0 : Long.parseLong(hm.group(1));
            long m = hm.group(2) == null ? 0 : Long.parseLong(hm.group(2));
            return minutes(h * 60 + m);
        }
        throw new IllegalArgumentException("'" + text + "' is not a working duration: write 30m, 9h, 1h30m or 7d");
    }

    @Override
    public String toString() {
        if (unit == Unit.DAYS) {
            return amount + "d";
        }
        long h = amount / 60;
        long m = amount % 60;
        return h == 0 ? m + "m" : m == 0 ? h + "h" : h + "h" + m + "m";
    }
}
