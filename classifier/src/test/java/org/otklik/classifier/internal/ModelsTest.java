package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otklik.classifier.LabeledPost;
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
                {"none", "", "продам коляску, самовывоз"}, {"none", "", "поздравляем с днём города"}};
        List<LabeledPost> corpus = new ArrayList<>();
        int n = 0;
        for (int rep = 0; rep < 3; rep++) {
            for (String[] d : docs) {
                boolean relevant = !d[0].equals("none");
                Post p = new Post(Network.VK, "test", "p" + n, "yelets", null, d[2], null, null, null, 0, 0, 0, 10);
                corpus.add(new LabeledPost(p, ++n, new LabeledPost.Expected(relevant, relevant ? List.of(Topic.fromCode(d[0])) : List.of(),
                        null, null, relevant ? Importance.fromCode(d[1]) : null, null, null)));
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
}
