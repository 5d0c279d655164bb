package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otklik.core.Network;
import org.otklik.core.Post;

class DraftChecksTest {
    private static final Post POST = new Post(Network.VK, "vk:test", "1", "yelets", "Ирина Соколова",
            "Когда отремонтируют дорогу на улице Мира? И почему не вывозят мусор с контейнерной площадки уже неделю?",
            null, null, null, 0, 0, 0, 0);
    /** Without LanguageTool: the other checks must stand on their own. */
    private static final DraftChecks LIGHT = new DraftChecks(Map.of(Network.VK, 200, Network.TELEGRAM, 4096), null);

    private static CheckResult result(List<CheckResult> all, String check) {
        return all.stream().filter(r -> r.check().equals(check)).findFirst().orElseThrow();
    }

    @Test
    void a_draft_without_a_greeting_fails_the_greeting_check() {
        assertThat(result(LIGHT.run(POST, "Дорогу на улице Мира отремонтируют в мае.", false), "greeting").passed()).isFalse();
        assertThat(result(LIGHT.run(POST, "Здравствуйте, Ирина! Дорогу отремонтируют.", false), "greeting").reasons()).isEmpty();
    }

    @Test
    void every_question_of_the_message_must_be_answered() {
        assertThat(DraftChecks.questionsOf(POST.text())).hasSize(2);
        CheckResult half = result(LIGHT.run(POST, "Здравствуйте, Ирина! Дорогу на улице Мира отремонтируют в мае.", false), "questions");
        assertThat(half.passed()).isFalse();
        assertThat(half.reasons()).singleElement().asString().contains("мусор");
        CheckResult all = result(LIGHT.run(POST, "Здравствуйте, Ирина! Дорогу на улице Мира отремонтируют в мае. "
                + "Мусор с контейнерной площадки вывезут завтра: подрядчик нарушил график вывоза.", false), "questions");
        assertThat(all.passed()).isTrue();
    }

    @Test
    void an_answer_longer_than_the_network_allows_fails_the_length_check() {
        CheckResult r = result(LIGHT.run(POST, "Здравствуйте! " + "очень длинный ответ ".repeat(20), false), "length");
        assertThat(r.passed()).isFalse();
        assertThat(r.reasons()).singleElement().asString().contains("200");
    }

    @Test
    void an_answer_to_a_repeat_must_report_the_measures_taken() {
        assertThat(result(LIGHT.run(POST, "Здравствуйте! Спасибо за обращение.", true), "measures").passed()).isFalse();
        assertThat(result(LIGHT.run(POST, "Здравствуйте! Яма устранена 20 ноября.", true), "measures").passed()).isTrue();
    }

    @Test
    void languagetool_finds_a_spelling_mistake_in_russian() {
        List<CheckResult> r = DraftChecks.check(POST, "Здравствуйте, Ирина! Дорогу отремантируют в мае, мусор вывизут завтра.");
        CheckResult spelling = result(r, "spelling");
        assertThat(spelling.passed()).isFalse();
        assertThat(String.join("\n", spelling.reasons())).contains("отремантируют");
        assertThat(result(DraftChecks.check(POST, "Здравствуйте, Ирина! Дорогу отремонтируют в мае."), "spelling").passed()).isTrue();
    }
}
