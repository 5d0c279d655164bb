package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;

class ReplayReaderTest {
    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Source replay(Path file, int perPoll) {
        Source s = Fixtures.source("demo", Network.WEB, file.toString(), "replay");
        return Fixtures.withOption(s, "per_poll", Integer.toString(perPoll));
    }

    @Test
    void posts_are_streamed_a_few_per_poll_and_the_cursor_counts_lines() throws Exception {
        Path f = dir.resolve("posts.jsonl");
        Files.write(f, List.of(
                "{\"id\":\"1\",\"network\":\"vk\",\"source\":\"khasyn-vk\",\"municipality\":\"khasyn\",\"text\":\"Нет света на Ленина\"}",
                "not json at all",
                "{\"id\":\"2\",\"text\":\"Ямы на дороге\",\"network\":\"telegram\"}",
                "{\"id\":\"3\",\"text\":\"Мусор\"}"), StandardCharsets.UTF_8);
        try (Readers readers = new Readers(CrawlerSettings.defaults(), Fixtures.secrets(), clock)) {
            Source s = replay(f, 3);
            Page first = readers.reader(s).read(s, null);
            assertThat(first.posts()).extracting(Post::externalId).as("the bad line is skipped").containsExactly("1", "2");
            assertThat(first.cursor()).isEqualTo("3");
            assertThat(first.posts().get(0).network()).isEqualTo(Network.VK);
            assertThat(first.posts().get(0).source()).isEqualTo("khasyn-vk");
            assertThat(first.posts().get(0).publishedAt()).as("a live replay stamps posts with now").isEqualTo(clock.instant());
            Page second = readers.reader(s).read(s, first.cursor());
            assertThat(second.posts()).extracting(Post::externalId).containsExactly("3");
            Page done = readers.reader(s).read(s, second.cursor());
            assertThat(done.posts()).isEmpty();
            assertThat(done.cursor()).isEqualTo("4");
        }
    }

    @Test
    void the_shipped_demo_sample_has_a_few_hundred_posts_across_the_five_municipalities() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../config/demo/posts.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSizeBetween(200, 1000);
        for (String m : List.of("khasyn", "neftekumsk", "klyuchevsky", "kalininsky", "yelets")) {
            assertThat(lines).filteredOn(l -> l.contains("\"municipality\": \"" + m + "\"")).hasSizeGreaterThan(30);
        }
    }
}
