package org.otklik.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.otklik.config.OtklikConfig;
import org.otklik.dispatcher.PeriodReport;
import org.otklik.dispatcher.ReportFiles;
import org.otklik.dispatcher.ReportPeriod;
import org.otklik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./otklik report --municipality ID --period 2026-11}: the curator's summary as CSV and an HTML page with charts. */
@Command(name = "report", description = "Write the monthly or quarterly report of a municipality: CSV tables and an HTML page with charts.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Option(names = "--municipality", required = true, paramLabel = "ID")
    String municipality;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "a month (2026-11) or a quarter (2026-Q4)")
    String period;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: <data>/reports)")
    Path out;

    @Option(names = "--db", paramLabel = "JDBC-URL")
    String db;

    @Override
    public Integer call() throws Exception {
        OtklikConfig c = config.load();
        if (!c.profiles().containsKey(municipality)) {
            throw new BadInputException("--municipality: unknown '" + municipality + "'; configured: " + String.join(", ", c.profiles().keySet()));
        }
        ReportPeriod p;
        try {
            p = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--period: " + e.getMessage());
        }
        Path dir = out != null ? out : c.settings().dataDir().resolve("reports");
        try (Store store = Store.open(db != null ? db : c.settings().databaseUrl(), c.settings().databaseUser(),
                c.settings().databasePassword().value())) {
            PeriodReport r = PeriodReport.build(store, c, municipality, p, Clock.systemUTC().instant());
            List<Path> files = ReportFiles.write(r, c.profile(municipality).municipality().zone(), dir);
            var o = spec.commandLine().getOut();
            o.println(r.municipalityName() + ", " + p.label() + ": " + r.cases() + " messages, " + r.departments().size() + " departments");
            for (Path f : files) {
                o.println("wrote " + f);
            }
            return Main.OK;
        }
    }
}
