package org.otklik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives a Хасын case from the command line through every step of the regulation, with the repo's config/. */
class CaseCommandTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static String[] args(Path db, String now, String... rest) {
        List<String> a = new ArrayList<>(List.of(rest));
        a.addAll(List.of("--config", "../config", "--db", "jdbc:h2:file:" + db.resolve("o"), "--now", now));
        return a.toArray(String[]::new);
    }

    @Test
    void a_case_goes_from_detection_to_a_published_answer_and_into_the_monthly_report(@TempDir Path dir) throws Exception {
        String[] curator = {"--as", "cur1", "--role", "curator", "--municipality", "khasyn"};
        String[] executor = {"--as", "ls.petrov", "--role", "executor", "--municipality", "khasyn", "--department", "life_support"};
        String[] head = {"--as", "ls.head", "--role", "head", "--municipality", "khasyn", "--department", "life_support"};
        String[] specialist = {"--as", "spec", "--role", "specialist", "--municipality", "khasyn"};
        assertThat(run(args(dir, "2026-11-24T10:00:00+11:00", "case", "open", "--municipality", "khasyn", "--topic", "roads",
                "--text", "Когда отремонтируют яму у школы?")).out()).contains("case 1: new");
        assertThat(run(concat(args(dir, "2026-11-24T10:20:00+11:00", "case", "route", "1"), curator)).out()).contains("routed");
        Run wrongDept = run(concat(args(dir, "2026-11-24T10:25:00+11:00", "case", "take", "1"),
                "--as", "x", "--role", "executor", "--municipality", "khasyn", "--department", "education"));
        assertThat(wrongDept.code()).isEqualTo(2);
        assertThat(wrongDept.err()).contains("forbidden");
        assertThat(run(concat(args(dir, "2026-11-24T10:30:00+11:00", "case", "take", "1"), executor)).out()).contains("in_work");
        assertThat(run(concat(args(dir, "2026-11-24T11:00:00+11:00", "case", "submit", "1", "--text", "Здравствуйте! Яму отремонтируют завтра."),
                executor)).out()).contains("draft_submitted");
        assertThat(run(concat(args(dir, "2026-11-24T11:10:00+11:00", "case", "rework", "1", "--reason", "укажите дату"), head)).out())
                .contains("rework");
        run(concat(args(dir, "2026-11-24T11:30:00+11:00", "case", "submit", "1", "--text", "Здравствуйте! Яму отремонтируют 25 ноября."), executor));
        assertThat(run(concat(args(dir, "2026-11-24T11:40:00+11:00", "case", "approve", "1"), head)).out()).contains("approved");
        assertThat(run(concat(args(dir, "2026-11-24T11:50:00+11:00", "case", "publish", "1"), specialist)).out()).contains("published");
        Run show = run(concat(args(dir, "2026-11-24T12:00:00+11:00", "case", "show", "1"), curator));
        assertThat(show.out()).contains("in_work → draft_submitted").contains("(укажите дату)").contains("answer by spec");
        assertThat(show.out()).doesNotContain("violation");

        Path reports = dir.resolve("reports");
        Run report = run("report", "--config", "../config", "--db", "jdbc:h2:file:" + dir.resolve("o"), "--municipality", "khasyn",
                "--period", "2026-11", "--out", reports.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readString(reports.resolve("report-khasyn-2026-11-departments.csv"))).contains("life_support,");
        assertThat(reports.resolve("report-khasyn-2026-11.html")).exists();
    }

    @Test
    void an_unknown_period_is_bad_input() {
        Run r = run("report", "--config", "../config", "--municipality", "khasyn", "--period", "November");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--period");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(String[]::new);
    }
}
