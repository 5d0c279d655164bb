package org.otklik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./otklik eval FILE}: per-class precision, recall and F1 for both label forms. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void prints_per_class_figures_for_a_labeled_file() throws IOException {
        Path f = tmp.resolve("labeled.jsonl");
        Files.writeString(f, """
                {"id":"1","municipality":"khasyn","text":"В Палатке третий день нет отопления, дети мёрзнут","views":900,"expect":{"relevant":true,"topics":["housing"],"settlement":"Палатка","street":null,"importance":"high","filter":"none"}}
                {"id":"2","municipality":"yelets","text":"Продам коляску, Елец, самовывоз","expect":{"relevant":false,"topics":[],"settlement":null,"street":null,"importance":"normal","filter":"none"}}
                {"id":"d1","text":"иди нахуй","expect":{"excluded":true}}
                """, StandardCharsets.UTF_8);
        Path config = TestConfigDir.copy(Path.of("..", "config"), tmp.resolve("config"));
        String[] r = run("eval", "--config", config.toString(), f.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("3 labeled posts").contains("== filter excluded").contains("== lead topic")
                .contains("== settlement").contains("== importance").contains("precision");
    }

    @Test
    void a_missing_file_is_exit_2() {
        String[] r = run("eval", "--config", Path.of("..", "config").toString(), tmp.resolve("none.jsonl").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("none.jsonl: no such file");
    }
}
