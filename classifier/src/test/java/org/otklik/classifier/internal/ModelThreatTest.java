package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otklik.core.FilterVerdict;

/** The threat model judges only what the threat rules let pass, and says so. */
class ModelThreatTest {
    private static Evidence sure(double threat) {
        return sure(threat, 20);
    }

    private static Evidence sure(double threat, int words) {
        String[] w = new String[words];
        java.util.Arrays.fill(w, "слово");
        AnalyzedText text = new AnalyzedText(w, w, new boolean[words], new int[words], new byte[words], List.of());
        return new Evidence(null, text, new double[0], 1, new double[0], List.of(), 0, threat);
    }

    @Test
    void a_post_the_rules_let_pass_is_a_threat_when_the_model_is_sure_and_the_reason_says_so() {
        List<String> reasons = new ArrayList<>();
        assertThat(new ModelThreat(0.99, 15).verdict(new FilterStage.Verdict(FilterVerdict.NONE), sure(0.993), reasons)).isEqualTo(FilterVerdict.THREAT);
        assertThat(reasons).singleElement().asString().contains("модель 0.99").contains("проверьте");
    }

    @Test
    void a_model_that_is_not_sure_leaves_the_post_clean() {
        assertThat(new ModelThreat(0.99, 15).verdict(new FilterStage.Verdict(FilterVerdict.NONE), sure(0.98), new ArrayList<>())).isEqualTo(FilterVerdict.NONE);
    }

    @Test
    void the_model_never_overrules_an_insult_or_obscene_verdict() {
        assertThat(new ModelThreat(0.99, 15).verdict(new FilterStage.Verdict(FilterVerdict.INSULT), sure(1.0), new ArrayList<>())).isEqualTo(FilterVerdict.INSULT);
        assertThat(new ModelThreat(0.99, 15).verdict(new FilterStage.Verdict(FilterVerdict.OBSCENE), sure(1.0), new ArrayList<>())).isEqualTo(FilterVerdict.OBSCENE);
    }

    @Test
    void a_threat_the_rules_read_as_reported_by_its_victim_is_never_the_model_s_threat() {
        assertThat(new ModelThreat(0.99, 15).verdict(new FilterStage.Verdict(FilterVerdict.NONE, true), sure(1.0), new ArrayList<>()))
                .isEqualTo(FilterVerdict.NONE);
    }

    @Test
    void a_threshold_of_one_means_rules_only() {
        assertThat(new ModelThreat(1.0, 15).verdict(new FilterStage.Verdict(FilterVerdict.NONE), sure(1.0), new ArrayList<>())).isEqualTo(FilterVerdict.NONE);
    }

    @Test
    void a_post_shorter_than_the_minimum_is_judged_by_the_rules_alone() {
        assertThat(new ModelThreat(0.99, 15).verdict(new FilterStage.Verdict(FilterVerdict.NONE), sure(1.0, 14), new ArrayList<>()))
                .isEqualTo(FilterVerdict.NONE);
        assertThat(new ModelThreat(0.99, 15).verdict(new FilterStage.Verdict(FilterVerdict.NONE), sure(1.0, 15), new ArrayList<>()))
                .isEqualTo(FilterVerdict.THREAT);
    }
}
