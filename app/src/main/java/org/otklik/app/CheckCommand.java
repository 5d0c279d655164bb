package org.otklik.app;

import java.time.Year;
import java.util.concurrent.Callable;
import org.otklik.config.OtklikConfig;
import org.otklik.core.DeadlineKind;
import org.otklik.core.RegulationProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Validates the configuration directory and prints what it configures. */
@Command(name = "check", description = "Validate the configuration and print the municipalities, deadlines and calendar it configures.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OtklikConfig c = config.load();
        var out = spec.commandLine().getOut();
        out.println("config " + c.dir().toAbsolutePath().normalize() + ": OK");
        out.println("production calendar years: " + c.calendar().years());
        int next = Year.now(java.time.ZoneOffset.UTC).getValue() + 1;
        if (!c.calendar().covers(next)) {
            out.println("warning: no production calendar for " + next + ": add config/calendar/" + next + ".yaml");
        }
        out.println("database: " + org.otklik.store.Store.redact(c.settings().databaseUrl()));
        for (RegulationProfile p : c.profiles().values()) {
            out.printf(java.util.Locale.ROOT, "%-12s %s (%s), %s, %d executors, %d settlements, %d streets, %d landmarks%n", p.id(), p.municipality().name(),
                    p.municipality().region(), p.municipality().zone(), p.executors().size(),
                    p.municipality().settlements().size(), p.municipality().streets().size(), p.municipality().landmarks().size());
            for (DeadlineKind k : DeadlineKind.values()) {
                p.deadline(k).ifPresent(d -> out.printf(java.util.Locale.ROOT, "             %-22s %s%n", k.code(), d));
            }
        }
        return Main.OK;
    }
}
