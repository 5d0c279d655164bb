package org.otklik.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.otklik.config.internal.Fields;
import org.otklik.config.internal.YamlNode;
import org.otklik.core.ProductionCalendar;

/** Reads {@code calendar/YYYY.yaml}, one production-calendar year a file. */
public final class CalendarFiles {
    private CalendarFiles() {
    }

    public static ProductionCalendar load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir, 0, null, "production calendar directory is missing");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{4}\\.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(dir, 0, null, "cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ConfigException(dir, 0, null, "no YYYY.yaml production calendar files");
        }
        List<ProductionCalendar.Year> years = new ArrayList<>();
        for (Path f : files) {
            years.add(year(f));
        }
        return new ProductionCalendar(years);
    }

    static ProductionCalendar.Year year(Path file) {
        Fields f = Fields.of(file);
        int year = f.integer("year", 1990, 2200, -1);
        if (year < 0) {
            f.node("year");
        }
        String expected = year + ".yaml";
        if (!file.getFileName().toString().equals(expected)) {
            throw f.error("year", "is " + year + " but the file is named " + file.getFileName());
        }
        Set<LocalDate> daysOff = dates(f, "days_off", year, false);
        Set<LocalDate> working = dates(f, "working_weekends", year, true);
        Set<LocalDate> shortened = dates(f, "shortened", year, null);
        for (LocalDate d : shortened) {
            if (daysOff.contains(d)) {
                throw f.error("shortened", d + " is also listed in days_off");
            }
        }
        f.done();
        return new ProductionCalendar.Year(year, daysOff, working, shortened);
    }

    /** @param weekend true: only Saturdays/Sundays allowed; false: only weekdays; null: any day */
    private static Set<LocalDate> dates(Fields f, String key, int year, Boolean weekend) {
        List<YamlNode> items = f.list(key);
        Set<LocalDate> out = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode n = items.get(i);
            String field = f.field(key) + "[" + i + "]";
            if (!(n instanceof YamlNode.Scalar s) || s.value() == null) {
                throw new ConfigException(f.file(), n.line(), field, "expected a date like " + year + "-01-01");
            }
            LocalDate d;
            try {
                d = LocalDate.parse(s.value().strip());
            } catch (DateTimeParseException e) {
                throw new ConfigException(f.file(), n.line(), field, "'" + s.value() + "' is not a date like " + year + "-01-01");
            }
            if (d.getYear() != year) {
                throw new ConfigException(f.file(), n.line(), field, d + " is not in " + year);
            }
            boolean isWeekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend != null && weekend != isWeekend) {
                throw new ConfigException(f.file(), n.line(), field, d + " is a " + d.getDayOfWeek()
                        + (weekend ? ": only Saturdays and Sundays can be working weekends" : ": list only weekdays here, weekends are days off anyway"));
            }
            if (!out.add(d)) {
                throw new ConfigException(f.file(), n.line(), field, d + " is listed twice");
            }
        }
        return out;
    }
}
