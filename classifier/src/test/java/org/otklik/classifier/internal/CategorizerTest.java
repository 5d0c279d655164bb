package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
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
            String[] context = Categorizer.context(ANALYSIS.analyze(text).stems());
            double[] expected = c.reference(context);
            double[] fast = new CategorizerSet(c).score(context)[0];
            double[] fastBack = new CategorizerSet(back).score(context)[0];
            for (int i = 0; i < expected.length; i++) {
                assertThat(fast[i]).as(text + " / " + c.categories()[i]).isCloseTo(expected[i], within(1e-6));
                assertThat(fastBack[i]).isCloseTo(expected[i], within(1e-6));
            }
        }
        Categorizer other = Categorizer.train(samples(), "MAXENT".equals(algorithm) ? "NAIVEBAYES" : "MAXENT", 1);
        CategorizerSet set = new CategorizerSet(c, other);
        for (String text : List.of("яма на дороге", "нет горячей воды и отопления", "что-то новое")) {
            String[] context = Categorizer.context(ANALYSIS.analyze(text).stems());
            double[][] both = set.score(context);
            assertThat(both[0]).containsExactly(new CategorizerSet(c).score(context)[0], within(1e-9));
            assertThat(both[1]).containsExactly(new CategorizerSet(other).score(context)[0], within(1e-9));
        }
        String[] roads = Categorizer.context(ANALYSIS.analyze("яма на дороге").stems());
        assertThat(c.categories()[argmax(new CategorizerSet(c).score(roads)[0])]).isEqualTo("roads");
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
