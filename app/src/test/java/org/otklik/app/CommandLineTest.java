package org.otklik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's contract: output, exit codes 0 / 2 / 1, and file:line in config errors. */
class CommandLineTest {
    static final Path CONFIG = locateConfig();

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    static Path locateConfig() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("config/otklik.yaml"))) {
                return p.resolve("config");
            }
        }
        throw new IllegalStateException("no config/ above " + Path.of("").toAbsolutePath());
    }

    @Test
    void deadline_prints_the_instant_after_the_new_year_holidays() {
        Result r = run("deadline", "--config", CONFIG.toString(), "--regulation", "kalininsky",
                "--from", "2026-12-31T16:00:00+03:00", "--working-minutes", "240");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("2027-01-11T13:00:00+03:00");
    }

    @Test
    void deadline_is_printed_in_the_municipalitys_own_offset() {
        Result r = run("deadline", "--config", CONFIG.toString(), "--regulation", "khasyn",
                "--from", "2026-11-23T09:00:00+03:00", "--working-minutes", "30");
        // 09:00 Moscow is 17:00 in Magadan: 30 minutes of the working day are left until 18:00
        assertThat(r.out().strip()).isEqualTo("2026-11-23T17:30:00+11:00");
    }

    @Test
    void working_days_can_be_added() {
        Result r = run("deadline", "--config", CONFIG.toString(), "--regulation", "neftekumsk",
                "--from", "2026-11-23T15:00:00+03:00", "--working-days", "1");
        assertThat(r.out().strip()).isEqualTo("2026-11-24T15:00:00+03:00");
    }

    @Test
    void an_unknown_regulation_is_bad_input() {
        Result r = run("deadline", "--config", CONFIG.toString(), "--regulation", "moscow",
                "--from", "2026-12-31T16:00:00+03:00", "--working-minutes", "240");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown profile 'moscow'").contains("kalininsky");
    }

    @Test
    void a_date_without_offset_is_bad_input() {
        Result r = run("deadline", "--config", CONFIG.toString(), "--regulation", "yelets",
                "--from", "2026-12-31T16:00", "--working-minutes", "240");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--from").contains("ISO-8601");
    }

    @Test
    void a_missing_option_is_bad_input() {
        Result r = run("deadline", "--config", CONFIG.toString(), "--from", "2026-12-31T16:00:00+03:00");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--regulation");
    }

    @Test
    void a_broken_config_line_exits_2_naming_file_and_line(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("config");
        try (Stream<Path> files = Files.walk(CONFIG)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = copy.resolve(CONFIG.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path profile = copy.resolve("municipalities/yelets/profile.yaml");
        String text = Files.readString(profile, StandardCharsets.UTF_8);
        Files.writeString(profile, text.replace("answer: 8h", "answer: восемь часов"), StandardCharsets.UTF_8);

        Result r = run("check", "--config", copy.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("profile\\.yaml:\\d+: deadlines\\.answer: ");
    }

    @Test
    void check_lists_the_five_profiles() {
        Result r = run("check", "--config", CONFIG.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets");
    }

    @Test
    void help_lists_the_subcommands() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("deadline", "check");
    }
}
