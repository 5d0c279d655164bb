package org.otklik.classifier.internal;

/**
 * Words that insult only when said of a person: «глава — жирная свинья», «участковый наш — ленивая скотина». The same
 * words are the subject of ordinary complaints (свиньи на ферме, крысы в подвале, скотина на дороге), so a figure counts
 * only when a person word (an official, «ты», «вы») stands at most {@link #REACH} words before it in one clause (no
 * {@link #CLAUSE} word and no comma between them, unless a dash says what the person is: «управляющая компания не
 * чистит подвал, крысы бегают» is about rats, «глава наш — пустое место, индюк» is not).
 *
 * A figure is also said of people when an office follows it with «из» or «в» («бараны из горадминистрации», «свиньи в
 * кабинетах»), when it sits in an office («в администрации сидят тараканы»), when it drives («баран на чёрном
 * крузаке»), when it is addressed («ты, клоун»), when a word
 * only people can be stands right beside it («крысы канцелярские», «индюк надутый», «чиновничьи свиньи»: no rat is
 * a clerk, no turkey is haughty), when it wears what only people wear («пингвины в галстуках», «клуша с
 * гарнитурой»), when it sits at a wheel or behind a counter's glass («орангутанг за рулём»), when it is put in a
 * person's or an office's place («свиньи, а не депутаты», «не депутаты, а свиньи», «это не депутаты, это стадо
 * баранов», «это не полиция, это шакалы»), and when it stands set off by commas with a figure or trait of its own
 * («депутаты … проголосовали молча, стадо баранов, …»: the person may then stand twice {@link #REACH} words before).
 * In a post about animals kept or straying (herd words) a trait is not enough: «хряк здоровенный, скотина упрямая»
 * is the boar.
 *
 * @param persons who can be called names: «глава», «директор», «ты»
 * @param figures what they are called: «свинья», «крыса», «скотина»
 * @param things objects they are called, which complaints name far more often as the objects themselves («глава обещал
 *     пни выкорчевать»): a thing is said of a person only after a dash («глава — пень»), as an address («ты, пень») or
 *     in an apposition («глава наш, пень трухлявый, …»), in a person's or an office's place, in an office, a car or
 *     attire; a trait beside it is not enough («трухлявый пень у дороги»)
 * @param offices where the people called names work: «администрации», «отдела»
 * @param traits what only people are, said right beside a figure: «канцелярские», «надменные», «продажные»
 * @param attires what only people wear, after «в» or «с» right after a figure: «галстуках», «гарнитурой»
 * @param vehicles what only people drive, after «на»: «крузаке», «иномарке»
 * @param herds words that show a post is about animals kept or straying («пасутся», «навоз», «коз», «бродячие»): there
 *     an animal word that insult.txt calls an insult by itself («козлы», «твари») is one only when said of a person, as a
 *     figure is, and a trait beside a figure does not make it a person
 * @param deeds what only people do, said in the figure's clause after it: «хамит», «врёт» («эта жаба ещё и хамит»)
 */
public record InsultFigures(WordPatterns persons, WordPatterns figures, WordPatterns things, WordPatterns offices, WordPatterns traits,
                            WordPatterns attires, WordPatterns vehicles, WordPatterns herds, WordPatterns deeds) {
    /**
     * «Депутат наш в Затеречном — жирный хряк»: the person and the figure are at most this many words apart, with no
     * clause word ({@link #CLAUSE}) between them.
     */
    public static final int REACH = 5;

    /** Words that start another clause: a figure after them is not said of the person before them. */
    public static final java.util.Set<String> CLAUSE = java.util.Set.of("что", "чтобы", "где", "когда", "потому", "если", "но",
            "а", "который", "которая", "которые", "которых", "пока", "чем");

    /**
     * Verbs of speech: a figure after one begins what was said («участковый сказал медведь ходит у свалки»), unless it
     * is compared after «как» («глава говорит как попугай»). Not threat.txt's {@code speech} words: those also name
     * the message and its receiver («записка», «мне»), which stand between a person and the figure they are called.
     */
    public static final java.util.Set<String> SPEECH = java.util.Set.of("сказал", "сказала", "сказали", "говорит", "говорят",
            "говорил", "говорила", "говорили", "пишет", "пишут", "написал", "написала", "написали", "ответил", "ответила",
            "ответили", "сообщил", "сообщила", "сообщили", "уверяет", "уверяют", "утверждает", "утверждают", "объяснил",
            "объяснила", "объяснили", "предупредил", "предупредила", "предупредили");

    public static InsultFigures none() {
        WordPatterns[] none = new WordPatterns[9];
        java.util.Arrays.setAll(none, i -> new WordPatterns());
        return new InsultFigures(none[0], none[1], none[2], none[3], none[4], none[5], none[6], none[7], none[8]);
    }
}
