package org.otklik.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {
    @Test
    void precision_recall_and_f1_of_one_class() {
        Evaluation.Task t = new Evaluation.Task("x");
        t.add("high", "high");
        t.add("high", "normal");
        t.add("normal", "high");
        t.add("normal", "normal");
        t.add("high", "high");
        double[] prf = t.prf("high");
        assertThat(prf[0]).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(prf[1]).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(prf[2]).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(prf[3]).isEqualTo(3.0);
        assertThat(t.accuracy()).isCloseTo(0.6, within(1e-9));
    }
}
