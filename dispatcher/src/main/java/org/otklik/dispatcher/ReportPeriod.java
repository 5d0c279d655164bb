package org.otklik.dispatcher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a month ({@code 2026-11}) or a quarter ({@code 2026-Q4}); {@code end} is exclusive. */
public record ReportPeriod(String label, LocalDate start, LocalDate end) {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    public static ReportPeriod parse(String text) {
        String s = text == null ? "" : text.trim();
        Matcher q = QUARTER.matcher(s);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            int quarter = Integer.parseInt(q.group(2));
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new ReportPeriod(year + "-Q" + quarter, start, start.plusMonths(3));
        }
        try {
            YearMonth m = YearMonth.parse(s);
            return new ReportPeriod(m.toString(), m.atDay(1), m.atDay(1).plusMonths(1));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a period: write a month as 2026-11 or a quarter as 2026-Q4");
        }
    }

    /** The period of the same length just before this one. */
    public ReportPeriod previous() {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end);
        LocalDate s = start.minusMonths(months);
        return months == 3 ? new ReportPeriod(s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1), s, start)
                : new ReportPeriod(YearMonth.from(s).toString(), s, start);
    }
}
