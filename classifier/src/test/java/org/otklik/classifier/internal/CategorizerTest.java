package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast evaluation agrees with OpenNLP's own for both trainers, and a model reads back from its bytes. */
class CategorizerTest {
    static final RussianAnalysis ANALYSIS = new RussianAnalysis();

    static List<Categorizer.Sample> samples() {
        String[][] docs = {
                {"roads", "яма на дороге, асфальт разбит"}, {"roads", "дорогу не чистят, снег по колено"},
                {"roads", "разметки нет на дороге у школы"}, {"housing", "нет отопления, батареи холодные"},
                {"housing", "прорвало трубу в подвале, нет горячей воды"}, {"housing", "управляющая компания не чинит крышу"},
                {"none", "продам коляску, самовывоз"}, {"none", "поздравляем с днём города"}, {"none", "спасибо врачам за помощь"}};
        List<Categorizer.Sample> out = new ArrayList<>();
        for (int rep = 0; rep < 3; rep++) {
            for (String[] d : docs) {
                out.add(new Categorizer.Sample(d[0], ANALYSIS.analyze(d[1]).stems()));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAXENT", "NAIVEBAYES"})
    void fast_scores_equal_opennlp_scores(String algorithm) throws Exception {
        Categorizer c = Categorizer.train(samples(), algorithm, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.write(bytes);
        Categorizer back = Categorizer.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (String text : List.of("яма на дороге яма", "нет отопления в квартире", "продам велосипед", "неизвестные слова вовсе", "")) {
            String[] stems = ANALYSIS.analyze(text).stems();
            double[] expected = c.reference(Categorizer.context(stems));
            double[] fast = new CategorizerSet(c).score(stems)[0];
            double[] fastBack = new CategorizerSet(back).score(stems)[0];
            for (int i = 0; i < expected.length; i++) {
                assertThat(fast[i]).as(text + " / " + c.categories()[i]).isCloseTo(expected[i], within(1e-6));
                assertThat(fastBack[i]).isCloseTo(expected[i], within(1e-6));
            }
        }
        Categorizer other = Categorizer.train(samples(), "MAXENT".equals(algorithm) ? "NAIVEBAYES" : "MAXENT", 1);
        CategorizerSet set = new CategorizerSet(c, other);
        for (String text : List.of("яма на дороге", "нет горячей воды и отопления", "что-то новое")) {
            String[] stems = ANALYSIS.analyze(text).stems();
            double[][] both = set.score(stems);
            assertThat(both[0]).containsExactly(new CategorizerSet(c).score(stems)[0], within(1e-9));
            assertThat(both[1]).containsExactly(new CategorizerSet(other).score(stems)[0], within(1e-9));
        }
        String[] roads = ANALYSIS.analyze("яма на дороге").stems();
        assertThat(c.categories()[argmax(new CategorizerSet(c).score(roads)[0])]).isEqualTo("roads");
    }

    @Test
    void features_of_every_shape_score_as_opennlp_scores_their_context() {
        // reach and dictionary features, a word with a colon in it (its pairs cannot be split on ':'), repeated words
        List<Categorizer.Sample> samples = new ArrayList<>(samples());
        samples.add(new Categorizer.Sample("roads", new String[] {"views=3", "dict=roads", "ул:ленина", "ям", "ул:ленина", "ям"}));
        samples.add(new Categorizer.Sample("housing", new String[] {"views=5", "dict=housing", "ул:мира", "отоплен"}));
        Categorizer c = Categorizer.train(samples, "MAXENT", 1);
        for (String[] features : List.of(new String[] {"views=3", "dict=roads", "ул:ленина", "ям"},
                new String[] {"ул:ленина", "ям", "ул:ленина", "ям", "views=5"}, new String[] {"ул:мира", "отоплен", "dict=housing"},
                new String[0])) {
            double[] expected = c.reference(Categorizer.context(features));
            double[] fast = new CategorizerSet(c).score(features)[0];
            for (int i = 0; i < expected.length; i++) {
                assertThat(fast[i]).as(String.join(" ", features)).isCloseTo(expected[i], within(1e-6));
            }
        }
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
