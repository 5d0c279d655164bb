package org.otklik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlCommandTest {
    @TempDir
    Path tmp;
    Path config;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyConfig() throws IOException {
        Path shipped = Path.of("../config");
        config = tmp.resolve("config");
        try (var files = Files.walk(shipped)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = config.resolve(shipped.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    int crawl(String sourcesYaml) throws IOException {
        Files.writeString(config.resolve("sources.yaml"), sourcesYaml, StandardCharsets.UTF_8);
        return Main.run(new String[] {"crawl", "--once", "--config", config.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void crawl_once_polls_every_enabled_source_and_prints_a_summary() throws IOException {
        int code = crawl("""
                sources:
                  - {id: demo, network: replay, file: demo/posts.jsonl, municipality: yelets, per_poll: 7}
                  - {id: down, network: web, url: "http://127.0.0.1:1/feed.rss", municipality: yelets}
                  - {id: off, network: telegram, ref: some_channel, municipality: yelets, enabled: false}
                """);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("demo\\s+replay\\s+7\\s+7\\s+0\\s+0")
                .containsPattern("down\\s+rss\\s+0\\s+0\\s+0\\s+0\\s+TRANSIENT").doesNotContain("off ")
                .contains("2 sources, 1 failed");
    }

    @Test
    void crawl_once_fails_when_every_source_failed() throws IOException {
        assertThat(crawl("""
                sources:
                  - {id: down, network: web, url: "http://127.0.0.1:1/feed.rss", municipality: yelets}
                """)).isEqualTo(Main.FAILURE);
    }

    @Test
    void a_bad_sources_file_is_bad_input_naming_file_line_and_field() throws IOException {
        int code = crawl("""
                sources:
                  - id: x
                    network: myspace
                    municipality: yelets
                """);
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("sources.yaml:3: sources[0].network:").contains("myspace");
    }
}
