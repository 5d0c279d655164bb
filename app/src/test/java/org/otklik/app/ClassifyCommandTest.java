package org.otklik.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./otklik classify}: JSONL in, JSONL out, same order; a bad line gets an error object and the run goes on. */
class ClassifyCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path config;

    @BeforeAll
    static void copyConfig() throws IOException {
        config = TestConfigDir.copy(Path.of("..", "config"), tmp.resolve("config"));
    }

    record Run(int code, String out, String err) {
        List<JsonNode> lines() {
            return out.lines().map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + l, e);
                }
            }).toList();
        }
    }

    static synchronized Run classify(String stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            String[] all = Stream.concat(Stream.of("classify"), Stream.of(args)).toArray(String[]::new);
            int code = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void a_bad_line_gets_an_error_object_in_its_place_and_the_run_goes_on() {
        Run r = classify("""
                {"id":"1","municipality":"khasyn","text":"В Палатке нет отопления третий день"}
                {"id":"2","text":
                {"id":"3","network":"myspace","text":"яма"}
                {"text":"без id"}
                {"id":"5","text":"В Ключах яма на дороге у школы"}
                """, "--config", config.toString());
        assertThat(r.code()).isZero();
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("1");
        assertThat(lines.get(0).get("location").get("settlement").asText()).isEqualTo("Палатка");
        assertThat(lines.get(0).get("repeat_of").isNull()).isTrue();
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asText()).startsWith("not valid JSON");
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(2).get("error").asText()).startsWith("network: unknown network 'myspace'");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("id: is required");
        assertThat(lines.get(4).get("id").asText()).isEqualTo("5");
        assertThat(lines.get(4).get("reasons").size()).isPositive();
        assertThat(r.err()).contains("3 of 5 lines were not valid posts");
    }

    @Test
    void ten_thousand_posts_come_out_in_the_same_order() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            in.append("{\"id\":\"p").append(i).append("\",\"municipality\":\"yelets\",\"text\":\"На Мира ").append(i % 90)
                    .append(" во дворе яма, просим отремонтировать\"}\n");
        }
        Run r = classify(in.toString(), "--config", config.toString());
        assertThat(r.code()).isZero();
        List<JsonNode> lines = r.lines();
        assertThat(lines).hasSize(10_000);
        for (int i = 0; i < lines.size(); i += 997) {
            assertThat(lines.get(i).get("id").asText()).isEqualTo("p" + i);
        }
    }

    @Test
    void a_broken_dictionary_is_exit_2_with_file_and_line() throws IOException {
        Path broken = TestConfigDir.copy(config, tmp.resolve("broken"));
        Files.writeString(broken.resolve("topics/roads.txt"), "яма\nасфальт | очень\n", StandardCharsets.UTF_8);
        Run r = classify("{\"id\":\"1\",\"text\":\"яма\"}\n", "--config", broken.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("roads.txt:2: weight:");
        assertThat(r.out()).isEmpty();
    }
}
