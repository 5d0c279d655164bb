package org.otklik.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./otklik}. */
@Command(name = "otklik", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Otklik: finds citizens' messages about local problems in social networks and turns them into routed cases.",
        subcommands = {
                ServeCommand.class,
                CrawlCommand.class,
                ClassifyCommand.class,
                EvalCommand.class,
                CaseCommand.class,
                ReportCommand.class,
                DeadlineCommand.class,
                CheckCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @SuppressForbidden("the launcher's own standard streams, wrapped in UTF-8 writers once, here")
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(Failures::exitCode);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(Failures.message(e));
            commandLine.getErr().flush();
            return Failures.exitCode(e);
        });
        cl.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"otklik " + (v == null ? "dev" : v)};
        }
    }
}
