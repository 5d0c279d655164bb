package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Location;
import org.otklik.core.RegulationProfile;

/** The shipped gazetteers of config/municipalities, matched on inflected forms. */
class GazetteerTest {
    static final RussianAnalysis ANALYSIS = new RussianAnalysis();
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        OtklikConfig config = OtklikConfig.load(Path.of("..", "config"));
        gazetteer = new Gazetteer(ANALYSIS, config.profiles().values().stream().map(RegulationProfile::municipality).toList());
    }

    static Location locate(String text, String hint) {
        List<String> reasons = new ArrayList<>();
        return gazetteer.locate(ANALYSIS.analyze(text), hint, true, reasons);
    }

    @Test
    void v_klyuchakh_is_klyuchi() {
        Location l = locate("В Ключах третий день нет воды", null);
        assertThat(l.municipality()).isEqualTo("klyuchevsky");
        assertThat(l.settlement()).isEqualTo("Ключи");
    }

    @Test
    void iz_stekolnogo_is_stekolny() {
        Location l = locate("пишу из Стекольного, автобус не пришёл", null);
        assertThat(l.municipality()).isEqualTo("khasyn");
        assertThat(l.settlement()).isEqualTo("Стекольный");
    }

    @Test
    void stanitsy_kalininskoy_is_kalininskaya() {
        Location l = locate("у станицы Калининской на трассе яма", null);
        assertThat(l.municipality()).isEqualTo("kalininsky");
        assertThat(l.settlement()).isEqualTo("Калининская");
    }

    @Test
    void a_two_word_name_is_found_in_another_case() {
        assertThat(locate("в Зелёной Поляне мусор не вывозят", null).settlement()).isEqualTo("Зелёная Поляна");
    }

    @Test
    void a_hyphenated_name_is_found_in_another_case() {
        assertThat(locate("В Андрей-Кургане нет света", null).settlement()).isEqualTo("Андрей-Курган");
    }

    @Test
    void a_district_is_not_its_centre() {
        Location l = locate("В Калининском районе стартует конкурс", "kalininsky");
        assertThat(l.settlement()).isNull();
    }

    @Test
    void a_hint_narrows_the_search_to_its_municipality() {
        // Палатка is in khasyn: with the Yelets hint it is not a settlement of this municipality
        Location l = locate("в Палатке нет света", "neftekumsk");
        assertThat(l.municipality()).isEqualTo("neftekumsk");
        assertThat(l.settlement()).isNull();
    }

    @Test
    void without_a_hint_and_without_a_place_there_is_no_location() {
        assertThat(locate("опять нет света", null)).isNull();
    }

    @Test
    void a_street_and_house_number_are_found_and_imply_the_city() {
        Location l = locate("На Коммунаров 34 яма такая что машина садится", "yelets");
        assertThat(l.street()).isEqualTo("Коммунаров");
        assertThat(l.house()).isEqualTo("34");
        assertThat(l.settlement()).isEqualTo("Елец");
    }

    @Test
    void an_adjective_street_is_found_in_another_case() {
        Location l = locate("на Советской у дома 5 прорвало трубу", "yelets");
        assertThat(l.street()).isEqualTo("Советская");
        assertThat(l.house()).isEqualTo("5");
    }

    @Test
    void a_street_outside_the_gazetteer_is_taken_after_the_word_street() {
        Location l = locate("В Палатке на улице Школьной не горят фонари", "khasyn");
        assertThat(l.settlement()).isEqualTo("Палатка");
        assertThat(l.street()).isEqualTo("Школьная");
    }

    @Test
    void a_common_noun_is_not_a_place() {
        assertThat(locate("потерял ключи от квартиры", "klyuchevsky").settlement()).isNull();
    }

    @Test
    void a_trip_from_the_centre_is_about_the_other_settlement() {
        Location l = locate("Маршрутка из Нефтекумска в Ачикулак опять не вышла на линию", null);
        assertThat(l.settlement()).isEqualTo("Ачикулак");
    }

    @Test
    void the_centre_named_as_the_place_stays_the_settlement() {
        Location l = locate("В Ключах в поликлинике очередь, люди из Северки едут к восьми", null);
        assertThat(l.settlement()).isEqualTo("Ключи");
    }

    @Test
    void a_lowercase_name_heading_the_post_is_the_settlement() {
        Location l = locate("палатка. во дворе на Ленина третий день нет света", "khasyn");
        assertThat(l.settlement()).isEqualTo("Палатка");
    }

    @Test
    void nad_before_a_lowercase_name_marks_it() {
        Location l = locate("над нефтекумском опять чёрный дым всю ночь", null);
        assertThat(l.settlement()).isEqualTo("Нефтекумск");
    }

    @Test
    void a_town_before_a_comma_and_rayon_bolnitsy_is_the_town() {
        Location l = locate("Ключи, район больницы: собаки бросаются на прохожих", "klyuchevsky");
        assertThat(l.settlement()).isEqualTo("Ключи");
    }

    @Test
    void a_street_named_like_a_village_is_not_that_village() {
        Location l = locate("на Целинной в Ключах канализационный колодец переполнен", "klyuchevsky");
        assertThat(l.settlement()).isEqualTo("Ключи");
    }

    @Test
    void a_name_with_a_fleeting_vowel_is_found_in_another_case() {
        Location l = locate("На Соцгородке горячей воды нет уже третью неделю", "yelets");
        assertThat(l.settlement()).isEqualTo("Елец");
        assertThat(l.street()).isEqualTo("Соцгородок");
    }

    @Test
    void a_river_of_a_city_says_the_post_is_about_the_city() {
        Location l = locate("на пляже у Быстрой Сосны за неделю утонули двое подростков", "yelets");
        assertThat(l.settlement()).isEqualTo("Елец");
        assertThat(l.street()).isNull();
    }

    @Test
    void a_city_street_without_a_street_word_says_the_city_but_is_not_the_address() {
        Location l = locate("Профинтерна — после прокладки кабеля тротуар так и не восстановили", "yelets");
        assertThat(l.settlement()).isEqualTo("Елец");
        assertThat(l.street()).isNull();
    }

    @Test
    void a_city_post_that_names_nothing_local_has_no_settlement() {
        Location l = locate("маршрут №2 вечером ходит раз в 40 минут, а после 20:00 его вообще нет", "yelets");
        assertThat(l.municipality()).isEqualTo("yelets");
        assertThat(l.settlement()).isNull();
    }

    @Test
    void a_post_that_reports_nothing_is_not_placed_by_a_landmark() {
        List<String> reasons = new ArrayList<>();
        Location l = gazetteer.locate(ANALYSIS.analyze("Закат над Быстрой Сосной сегодня невероятный"), "yelets", false, reasons);
        assertThat(l.settlement()).isNull();
    }
}
