package org.otklik.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.otklik.config.OtklikConfig;
import org.otklik.core.WorkingCalendar;
import org.otklik.core.WorkingDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a deadline in a municipality's working time. */
@Command(name = "deadline", description = "Print the instant N working minutes (or days) after a moment, in the municipality's working time.")
final class DeadlineCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Option(names = "--regulation", required = true, paramLabel = "ID", description = "regulation profile id: khasyn, neftekumsk, klyuchevsky, kalininsky, yelets")
    String regulation;

    @Option(names = "--from", required = true, paramLabel = "ISO-DATETIME", description = "start, ISO-8601 with offset, e.g. 2026-12-31T16:00:00+03:00")
    String from;

    @Option(names = "--working-minutes", paramLabel = "N", description = "working minutes to add")
    Long minutes;

    @Option(names = "--working-days", paramLabel = "N", description = "working days to add instead of minutes")
    Integer days;

    @Override
    public Integer call() {
        if ((minutes == null) == (days == null)) {
            throw new BadInputException("give exactly one of --working-minutes and --working-days");
        }
        if ((minutes != null && minutes < 0) || (days != null && days < 0)) {
            throw new BadInputException("the amount of working time cannot be negative");
        }
        Instant start;
        try {
            start = OffsetDateTime.parse(from).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadInputException("--from: '" + from + "' is not an ISO-8601 date-time with offset, e.g. 2026-12-31T16:00:00+03:00");
        }
        OtklikConfig c = config.load();
        if (!c.profiles().containsKey(regulation)) {
            throw new BadInputException("--regulation: unknown profile '" + regulation + "'; configured: " + String.join(", ", c.profiles().keySet()));
        }
        WorkingCalendar cal = c.workingCalendar(regulation);
        Instant due = cal.plus(start, minutes != null ? WorkingDuration.minutes(minutes) : WorkingDuration.days(days));
        spec.commandLine().getOut().println(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due.atZone(cal.zone()).toOffsetDateTime()));
        return Main.OK;
    }
}
