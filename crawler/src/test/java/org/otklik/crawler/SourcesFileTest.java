package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.ConfigException;
import org.otklik.core.Network;
import org.otklik.core.Source;

class SourcesFileTest {
    static final Set<String> SERVED = Set.of("khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets");

    @TempDir
    Path dir;

    Path write(String yaml) throws IOException {
        Path f = dir.resolve("sources.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void the_shipped_sources_file_loads() {
        CrawlerConfig c = SourcesFile.load(Path.of("../config/sources.yaml"), SERVED);
        assertThat(c.sources()).extracting(Source::municipality).containsAll(SERVED);
        assertThat(c.settings().vk().requestsPerSecond()).isEqualTo(3);
        Source khasyn = c.sources().get(0);
        assertThat(khasyn.network()).isEqualTo(Network.VK);
        assertThat(khasyn.reads()).containsExactlyInAnyOrder(Source.Read.POSTS, Source.Read.COMMENTS);
        assertThat(khasyn.pollInterval()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void the_shipped_demo_sources_file_loads_and_finds_its_posts() {
        CrawlerConfig c = SourcesFile.load(Path.of("../config/demo/sources.yaml"), SERVED);
        assertThat(c.sources()).singleElement().satisfies(s -> {
            assertThat(s.options()).containsEntry("reader", "replay");
            assertThat(Path.of(s.ref())).exists();
        });
    }

    @Test
    void a_community_token_allows_20_requests_a_second() throws IOException {
        CrawlerConfig c = SourcesFile.load(write("""
                networks:
                  vk:
                    token_env: VK_COMMUNITY_TOKEN
                    token_kind: community
                sources: []
                """), SERVED);
        assertThat(c.settings().vk().requestsPerSecond()).isEqualTo(20);
        assertThat(c.settings().vk().tokenEnv()).isEqualTo("VK_COMMUNITY_TOKEN");
    }

    @Test
    void a_misspelt_key_is_rejected_with_its_line() throws IOException {
        Path f = write("""
                sources:
                  - id: yelets-vk
                    network: vk
                    ref: elets_online
                    municipality: yelets
                    intervall: 5m
                """);
        assertThatThrownBy(() -> SourcesFile.load(f, SERVED)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.field()).isEqualTo("sources[0].intervall");
            assertThat(e).hasMessageContaining("unknown key");
        });
    }

    @Test
    void a_token_written_into_the_file_is_refused() throws IOException {
        Path f = write("""
                networks:
                  vk:
                    token_env: vk1.a.abcdefSECRET
                sources: []
                """);
        assertThatThrownBy(() -> SourcesFile.load(f, SERVED)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e).hasMessageContaining("environment variable");
        });
    }

    @Test
    void an_unknown_municipality_names_the_line() throws IOException {
        Path f = write("""
                sources:
                  - id: x
                    network: telegram
                    ref: some_channel
                    municipality: moscow
                """);
        assertThatThrownBy(() -> SourcesFile.load(f, SERVED)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.field()).isEqualTo("sources[0].municipality");
        });
    }

    @Test
    void a_duplicate_source_id_is_an_error() throws IOException {
        Path f = write("""
                sources:
                  - {id: a, network: telegram, ref: chan_one, municipality: yelets}
                  - {id: a, network: telegram, ref: chan_two, municipality: yelets}
                """);
        assertThatThrownBy(() -> SourcesFile.load(f, SERVED)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e).hasMessageContaining("duplicate source id"));
    }

    @Test
    void search_needs_keywords_and_only_vk_searches() throws IOException {
        Path noKeywords = write("""
                sources:
                  - {id: s, network: vk, reads: [search], municipality: khasyn}
                """);
        assertThatThrownBy(() -> SourcesFile.load(noKeywords, SERVED)).hasMessageContaining("keywords");
        Path tgSearch = write("""
                sources:
                  - {id: s, network: telegram, ref: some_channel, reads: [search], municipality: khasyn}
                """);
        assertThatThrownBy(() -> SourcesFile.load(tgSearch, SERVED)).hasMessageContaining("only supported for VK");
    }

    @Test
    void an_html_web_source_needs_item_and_text_selectors() throws IOException {
        Path f = write("""
                sources:
                  - id: forum
                    network: web
                    url: https://forum.example/complaints
                    format: html
                    municipality: yelets
                    selectors:
                      item: article.topic
                """);
        assertThatThrownBy(() -> SourcesFile.load(f, SERVED)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.field()).isEqualTo("sources[0].selectors.text"));
    }

    @Test
    void a_broken_css_selector_is_caught_at_load_not_at_every_poll() throws IOException {
        Path f = write("""
                sources:
                  - id: forum
                    network: web
                    url: https://forum.example/complaints
                    format: html
                    municipality: yelets
                    selectors:
                      item: article.topic
                      text: "div[class=body"
                """);
        assertThatThrownBy(() -> SourcesFile.load(f, SERVED)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(9);
            assertThat(e.field()).isEqualTo("sources[0].selectors.text");
            assertThat(e).hasMessageContaining("not a CSS selector");
        });
    }

    @Test
    void durations_read_like_an_administrator_writes_them() {
        assertThat(SourcesFile.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(SourcesFile.duration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(SourcesFile.duration("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> SourcesFile.duration("soon")).hasMessageContaining("not a duration");
    }
}
