package org.otklik.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.ConfigException;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Topic;

class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void both_label_forms_are_read() throws IOException {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, """
                {"id":"1","municipality":"yelets","network":"vk","text":"яма","likes":1,"reposts":0,"comments":0,"views":5,"expect":{"relevant":true,"topics":["roads","landscaping"],"settlement":"Елец","street":null,"importance":"normal","filter":"insult"}}

                {"id":"d1","text":"текст","expect":{"excluded":false}}
                """, StandardCharsets.UTF_8);
        var posts = Corpus.read(f);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).expected().leadTopic()).isEqualTo(Topic.ROADS);
        assertThat(posts.get(0).expected().filter()).isEqualTo(FilterVerdict.INSULT);
        assertThat(posts.get(0).expected().excluded()).isTrue();
        assertThat(posts.get(1).line()).isEqualTo(3);
        assertThat(posts.get(1).expected().excluded()).isFalse();
        assertThat(posts.get(1).expected().relevant()).isNull();
    }

    @Test
    void a_malformed_line_names_file_and_line() throws IOException {
        Path f = dir.resolve("b.jsonl");
        Files.writeString(f, "{\"id\":\"1\",\"text\":\"a\",\"expect\":{}}\n{\"id\":\"2\",\"text\":\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Corpus.read(f)).isInstanceOf(ConfigException.class).hasMessageStartingWith(f + ":2: not valid JSON");
    }

    @Test
    void an_unknown_topic_names_file_line_and_field() throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, "{\"id\":\"1\",\"text\":\"a\",\"expect\":{\"relevant\":true,\"topics\":[\"potholes\"]}}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Corpus.read(f)).hasMessage(f + ":1: expect.topics: unknown topic 'potholes'");
    }

    @Test
    void no_held_out_post_is_in_the_training_corpus() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (LabeledPost p : Corpus.readDirectory(TestConfig.SHIPPED.resolve("training"))) {
            ids.add(p.post().externalId());
            texts.add(p.post().text().strip());
        }
        java.util.List<LabeledPost> heldOut = new java.util.ArrayList<>();
        for (Path f : Corpus.files(TestConfig.SHIPPED.resolve("eval"))) {
            heldOut.addAll(Corpus.read(f));
        }
        assertThat(heldOut).hasSizeGreaterThan(1000);
        assertThat(heldOut).noneMatch(p -> ids.contains(p.post().externalId()) || texts.contains(p.post().text().strip()));
    }
}
