package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otklik.classifier.LabeledPost;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/** What each model is trained on. */
class ModelsTest {
    static final RussianAnalysis ANALYSIS = new RussianAnalysis();

    @Test
    void the_importance_model_ignores_five_letter_beginnings_the_topic_model_uses() {
        String[][] docs = {
                {"roads", "normal", "яма на дороге, асфальт разбит"}, {"roads", "high", "на дороге провал, машина перевернулась"},
                {"housing", "normal", "управляющая компания не чинит крышу"}, {"housing", "high", "нет отопления, батареи холодные"},
                {"none", "", "продам коляску, самовывоз"}, {"none", "", "поздравляем с днём города"},
                {"roads", "normal", "не засыпете яму, спалю вашу контору"}};
        List<LabeledPost> corpus = new ArrayList<>();
        int n = 0;
        for (int rep = 0; rep < 3; rep++) {
            for (String[] d : docs) {
                boolean relevant = !d[0].equals("none");
                Post p = new Post(Network.VK, "test", "p" + n, "yelets", null, d[2], null, null, null, 0, 0, 0, 10);
                corpus.add(new LabeledPost(p, ++n, new LabeledPost.Expected(relevant, relevant ? List.of(Topic.fromCode(d[0])) : List.of(),
                        null, null, relevant ? Importance.fromCode(d[1]) : null,
                        d[2].contains("спалю") ? FilterVerdict.THREAT : FilterVerdict.NONE, null)));
            }
        }
        Models m = Models.train(ANALYSIS, corpus, "test", (post, text) -> TopicScorer.features(post, text, new PhraseIndex<>()));
        // "отопления" stems to "отоплен": its beginning "отопл" is a feature of the topic model only
        String prefix = Categorizer.context(new String[] {"отопл"})[0];
        String stem = Categorizer.context(new String[] {"отоплен"})[0];
        assertThat(m.topics().weights(prefix)).isNotNull();
        assertThat(m.importance().weights(prefix)).isNull();
        assertThat(m.importance().weights(stem)).isNotNull();
    }

    @Test
    void the_cache_keeps_only_the_most_recently_used_model_sets(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        String[] keys = {"aa01", "aa02", "aa03", "aa04", "aa05"};
        for (int k = 0; k < keys.length; k++) {
            for (String model : List.of("relevance", "topics", "importance")) {
                java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve(model + "-" + keys[k] + ".bin"), "x");
                java.nio.file.Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(t0.plusSeconds(3600L * k)));
            }
        }
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a model");
        // aa01 was the oldest written but has just been used again
        java.nio.file.Files.setLastModifiedTime(dir.resolve("topics-aa01.bin"), java.nio.file.attribute.FileTime.from(t0.plusSeconds(99_999)));

        Models.prune(dir, 3);

        try (var s = java.nio.file.Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "importance-aa01.bin", "importance-aa04.bin", "importance-aa05.bin", "notes.txt",
                    "relevance-aa01.bin", "relevance-aa04.bin", "relevance-aa05.bin",
                    "topics-aa01.bin", "topics-aa04.bin", "topics-aa05.bin");
        }
    }
}
