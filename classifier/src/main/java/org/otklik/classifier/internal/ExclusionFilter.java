package org.otklik.classifier.internal;

import java.util.List;
import org.otklik.core.FilterVerdict;

/**
 * The regulation's exclusion filter: obscene language, insults, threats. Dictionary patterns say which
 * words are bad, the allow-list says which words only look bad (застраховать, оскорблять), the threat rules
 * look for intent to harm rather than a danger ("угроза обрушения" is not a threat).
 */
public final class ExclusionFilter implements FilterStage {
    private final WordPatterns obscene;
    private final WordPatterns insult;
    private final AllowList allow;
    private final ThreatRules threats;
    private final InsultFigures figures;

    public ExclusionFilter(WordPatterns obscene, WordPatterns insult, AllowList allow, ThreatRules threats) {
        this(obscene, insult, allow, threats, InsultFigures.none());
    }

    public ExclusionFilter(WordPatterns obscene, WordPatterns insult, AllowList allow, ThreatRules threats,
                           InsultFigures figures) {
        this.obscene = obscene;
        this.insult = insult;
        this.allow = allow;
        this.threats = threats;
        this.figures = figures;
    }

    /** What one word is to the filter, remembered: vocabulary repeats, so most words cost one lookup. */
    private record WordInfo(FilterVerdict verdict, WordPatterns.Entry entry, int threatMask, WordPatterns.Entry figure,
                            boolean thing, boolean person, boolean office, boolean trait, boolean attire, boolean vehicle, boolean herd, boolean deed) {
    }

    private static final int MEMO_LIMIT = 200_000;
    private final java.util.Map<String, WordInfo> memo = new java.util.concurrent.ConcurrentHashMap<>();

    private WordInfo info(String w) {
        WordInfo i = memo.get(w);
        if (i == null) {
            Found f = lookup(w);
            WordPatterns.Entry figure = figures.figures().match(w);
            WordPatterns.Entry thing = figure == null ? figures.things().match(w) : null;
            i = new WordInfo(f.verdict(), f.entry(), threats.mask(w), figure != null ? figure : thing, thing != null,
                    figures.persons().match(w) != null,
                    figures.offices().match(w) != null, figures.traits().match(w) != null, figures.attires().match(w) != null,
                    figures.vehicles().match(w) != null,
                    figures.herds().match(w) != null, figures.deeds().match(w) != null);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(w, i);
        }
        return i;
    }

    private record Found(FilterVerdict verdict, WordPatterns.Entry entry) {
    }

    private static final Found NOTHING = new Found(FilterVerdict.NONE, null);

    /**
     * What the obscene and insult dictionaries say of one unmasked word, the obscene first; an all-Latin word is also read
     * in Cyrillic. Allowed, masked and one-letter words are nothing.
     */
    private Found lookup(String w) {
        if (w.length() < 2 || allow.match(w) != null || w.indexOf('*') >= 0) {
            return NOTHING;
        }
        WordPatterns.Entry e = obscene.match(w);
        if (e != null) {
            return new Found(FilterVerdict.OBSCENE, e);
        }
        e = insult.match(w);
        if (e != null) {
            return new Found(FilterVerdict.INSULT, e);
        }
        String cyr = latinReading(w);
        return cyr == null ? NOTHING : lookup(cyr);
    }

    private static String reason(FilterVerdict v, String w, WordPatterns.Entry e) {
        return reason(v, "", w, e);
    }

    /** «фильтр: нецензурное (замаскировано) «х*й» (filter/obscene.txt:3)»: the verdict, how the word was read, the word, its line. */
    private static String reason(FilterVerdict v, String how, String w, WordPatterns.Entry e) {
        return "фильтр: " + (v == FilterVerdict.OBSCENE ? "нецензурное" : "оскорбление") + how + " «" + w + "» (" + e.where() + ")";
    }

    @Override
    public Verdict check(AnalyzedText text, List<String> reasons) {
        String[] words = text.words();
        WordInfo[] infos = new WordInfo[words.length];
        int[] masks = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            infos[k] = info(words[k]);
            masks[k] = infos[k].threatMask();
        }
        ThreatRules.Finding threat = threats.find(text, masks);
        if (threat.threat() != null) {
            reasons.add("фильтр: угроза — " + threat.threat());
            return new Verdict(FilterVerdict.THREAT);
        }
        boolean herd = false;
        for (WordInfo i : infos) {
            herd |= i.herd();
        }
        FilterVerdict found = FilterVerdict.NONE;
        for (int k = 0; k < words.length; k++) {
            WordInfo i = infos[k];
            FilterVerdict v = i.verdict();
            boolean named = i.figure() != null && name(text, k);
            WordPatterns.Entry figure = i.figure() != null ? i.figure() : k > 0 && COLLECTIVE.contains(words[k - 1]) ? plural(words[k]) : null;
            // «кто сегодня в дурака онлайн?», «мужики во дворе козла забивают»: a set phrase names nobody
            boolean idiom = (v != FilterVerdict.NONE || figure != null) && allow.idiomAt(words, text.sentence(), k) != null;
            if (idiom) {
                v = FilterVerdict.NONE;
            }
            if (v == FilterVerdict.INSULT && ownSimile(text, infos, k)) {
                // «стоим на остановке как дураки по часу»: what the writers felt like, said of themselves
                v = FilterVerdict.NONE;
            }
            if (v == FilterVerdict.INSULT && i.figure() != null && (herd || named)) {
                // «чьи козлы пасутся в сквере? привязывайте коз»: among farm animals «козлы» are goats unless said of a
                // person; «депутат по округу №3 А. Козлов»: a capital inside the sentence makes it a surname
                v = FilterVerdict.NONE;
            }
            if (v != FilterVerdict.NONE) {
                reasons.add(reason(v, words[k], i.entry()));
            } else if (words[k].indexOf('*') >= 0 && allow.match(words[k]) == null) {
                v = masked(words[k], reasons);
            }
            if (v == FilterVerdict.NONE && found == FilterVerdict.NONE && figure != null && !named && !idiom) {
                int person = saidOf(text, infos, k, herd);
                if (person >= 0) {
                    reasons.add("фильтр: оскорбление «" + words[Math.min(person, k)] + " … " + words[Math.max(person, k)] + "» о человеке ("
                            + figure.where() + ")");
                    v = FilterVerdict.INSULT;
                }
            }
            found = worse(found, v);
            if (found == FilterVerdict.OBSCENE) {
                return new Verdict(found);
            }
        }
        for (String w : text.joined()) {
            found = worse(found, word(w, reasons));
        }
        return new Verdict(found, threat.reported());
    }

    /**
     * «из Петухов», «в Баранах»: a figure written with a capital inside its sentence is a name (a village, a surname),
     * unless the whole post is typed in capitals.
     */
    private static boolean name(AnalyzedText text, int k) {
        boolean[] caps = text.capitalized();
        if (!caps[k] || k == 0 || text.sentence()[k - 1] != text.sentence()[k]) {
            return false;
        }
        int capitals = 0;
        for (boolean c : caps) {
            capitals += c ? 1 : 0;
        }
        return capitals * 2 < caps.length;
    }

    /** A word spelt letter by letter and joined back ({@code х у й}), judged as any word of the text is. */
    private FilterVerdict word(String w, List<String> reasons) {
        if (w.indexOf('*') >= 0) {
            return allow.match(w) == null ? masked(w, reasons) : FilterVerdict.NONE;
        }
        WordInfo i = info(w);
        if (i.verdict() != FilterVerdict.NONE) {
            reasons.add(reason(i.verdict(), w, i.entry()));
        }
        return i.verdict();
    }

    /**
     * «pizdec», «blyat», «nahuy»: a Russian word typed in Latin letters, read back in Cyrillic; null for a word that is
     * not all Latin letters. English words mostly read as nothing Russian; those that do belong in allow.txt.
     */
    static String latinReading(String w) {
        if (w.length() < 3) {
            return null;
        }
        StringBuilder letters = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            // «p1zdec», «h0rosho»: a digit inside a Latin word stands for the letter it looks like
            boolean inside = i > 0 && i + 1 < w.length();
            if (inside && (c == '1' || c == '0')) {
                c = c == '1' ? 'i' : 'o';
            } else if (c < 'a' || c > 'z') {
                return null;
            }
            letters.append(c);
        }
        return RussianAnalysis.heard(letters.toString());
    }

    /**
     * The word that makes a figure at {@code k} said of people, or -1: a trait right beside it («крысы канцелярские»), the
     * office after «из» its people work in, what people wear or sit at («клуша с гарнитурой», «за рулём»), a person or
     * office put in its place («свиньи, а не депутаты»), or the person word {@link InsultFigures#REACH} words before it
     * in one clause (twice as far for an apposition).
     */
    private int saidOf(AnalyzedText text, WordInfo[] infos, int k, boolean herd) {
        String[] words = text.words();
        int[] sentence = text.sentence();
        byte[] marks = text.marks();
        // «живём как свиньи», «говорит как попугай»: the figure is what something is compared to
        boolean compared = k > 0 && words[k - 1].equals("как");
        // «крысы канцелярские», «надменные гусыни»: no animal is a clerk or haughty; but among animals kept or straying
        // a trait fits a beast too («хряк здоровенный, скотина упрямая»)
        // a thing's traits fit the thing itself («трухлявый пень у дороги»)
        for (int j = k - 1; j <= k + 1 && !herd && !infos[k].thing(); j += 2) {
            // «свиньи эти двуногие»: a demonstrative may stand between the figure and its trait
            int t = j == k + 1 && j + 1 < words.length && THESE.contains(words[j]) && (marks[j + 1] & (AnalyzedText.COMMA | AnalyzedText.DASH)) == 0 ? j + 1 : j;
            // «хозяин пьяный, собака так и бегает»: a comma between puts the trait on someone else
            if (t >= 0 && t < words.length && sentence[t] == sentence[k] && infos[t].trait()
                    && (marks[Math.max(j, k)] & (AnalyzedText.COMMA | AnalyzedText.DASH)) == 0) {
                return t;
            }
        }
        // «курица вы ощипанная», «понаехавшие хрюшки, вы дома тоже так живёте?»: the figure is who is spoken to; but in
        // «живём как свиньи, вы бы видели подъезд» the writers compare themselves and then turn to the reader
        if (k + 1 < words.length && sentence[k + 1] == sentence[k] && (words[k + 1].equals("ты") || words[k + 1].equals("вы"))
                && (marks[k + 1] & AnalyzedText.DASH) == 0 && !(compared && (marks[k + 1] & AnalyzedText.COMMA) != 0)) {
            return k + 1;
        }
        // among animals kept or straying a second person is the generic one («овцы тупые, им сигналишь — стоят»)
        int told = herd ? -1 : toldAfterAddress(text, infos, k);
        if (told >= 0) {
            return told;
        }
        // «эта жаба ещё и хамит», «баран этот врёт в глаза»: what only people do, in the figure's clause
        for (int j = k + 1; j < Math.min(words.length, k + 1 + InsultFigures.REACH) && sentence[j] == sentence[k]
                && (marks[j] & (AnalyzedText.COMMA | AnalyzedText.DASH)) == 0 && !InsultFigures.CLAUSE.contains(words[j]); j++) {
            if (infos[j].deed()) {
                return j;
            }
        }
        // «пингвины в галстуках», «шакалы в погонах», «клуша с гарнитурой»: what only people wear; «орангутанг за
        // рулём», «матрёшки за стеклом» (of a counter's window): animals do not drive or serve
        if (k + 2 < words.length && sentence[k + 2] == sentence[k]) {
            String by = words[k + 1];
            String what = words[k + 2];
            if ((in(by) || by.equals("с")) && infos[k + 2].attire()
                    || by.equals("за") && (what.startsWith("рул") || what.startsWith("стекл") || what.startsWith("окошк"))) {
                return k + 2;
            }
        }
        // «бараны из горадминистрации», «боров из отдела ЖКХ», «свиньи в кабинетах администрации», «баран на чёрном
        // крузаке»; after «в» only an adjective may stand between («в районной администрации»): «крысы в подвале
        // администрации» are rats
        for (int j = k + 1; j < Math.min(text.size(), k + 3) && sentence[j] == sentence[k]; j++) {
            boolean from = words[j].equals("из");
            boolean in = in(words[j]);
            boolean on = words[j].equals("на");
            if (from || in || on) {
                for (int o = j + 1; o < Math.min(text.size(), j + (on ? 4 : 3)) && sentence[o] == sentence[k]; o++) {
                    if (on ? infos[o].vehicle() : infos[o].office()) {
                        return o;
                    }
                    if (!from && !adjective(words[o])) {
                        break;
                    }
                }
            }
        }
        // «в администрации сидят тараканы», «в МФЦ в Ключах сидят мартышки»: people sit in an office, animals do not
        // «в кабинетах одни пиявки сидят»: the verb may follow too
        if (k >= 1 && (SIT.contains(words[k - 1]) || k >= 2 && SIT.contains(words[k - 2])
                || k + 1 < words.length && sentence[k + 1] == sentence[k] && SIT.contains(words[k + 1]))) {
            for (int o = k - 2; o >= Math.max(1, k - InsultFigures.REACH - 2) && sentence[o] == sentence[k]; o--) {
                if (infos[o].office() && (in(words[o - 1])
                        || o >= 2 && adjective(words[o - 1]) && words[o - 2].equals("в"))) {
                    return o;
                }
            }
        }
        // «свиньи, а не депутаты», «тряпка безвольная, а не начальник»
        int but = k + 1 < words.length && describes(infos, words, k + 1) ? k + 2 : k + 1;
        if (but + 2 < words.length && sentence[but + 2] == sentence[k] && words[but].equals("а") && words[but + 1].equals("не")
                && infos[but + 2].person()) {
            return but + 2;
        }
        int named = naming(text, k);
        if (named >= 0) {
            return named;
        }
        int subject = predicate(text, infos, k);
        if (subject >= 0) {
            return subject;
        }
        int between = 0;
        boolean apposition = apposition(text, infos, k);
        boolean thing = infos[k].thing();
        int reach = apposition && !thing ? 2 * InsultFigures.REACH : InsultFigures.REACH;
        for (int j = k - 1; j >= Math.max(0, k - reach) && sentence[j] == sentence[k]; j--) {
            between |= marks[j + 1] & (AnalyzedText.COMMA | AnalyzedText.DASH);
            // «не депутаты, а свиньи», «это не депутаты, это стадо баранов», «не управляющая компания, а сборище
            // тараканов», «это не полиция, это шакалы»: the figure takes the person's or the office's place
            if ((words[j].equals("а") || words[j].equals("это")) && k - j <= 2 && j >= 2 && (infos[j - 1].person() || infos[j - 1].office())
                    && (not(text, j - 2, k) || adjective(words[j - 2]) && not(text, j - 3, k))) {
                return j - 1;
            }
            if (InsultFigures.CLAUSE.contains(words[j])
                    || InsultFigures.SPEECH.contains(words[j]) && !compared) {
                // «директор сказал, что крысы в подвале — не его забота»: the animal belongs to another clause
                return -1;
            }
            if (infos[j].person()) {
                // «управляющая компания не чистит подвал, крысы бегают»: a comma without a dash starts another clause;
                // «глава наш — пустое место, индюк» lists what he is after the dash; «ты, клоун» calls him one
                boolean address = (words[j].equals("ты") || words[j].equals("вы")) && (k == j + 1 || calledAfter(text, j, k));
                if (thing) {
                    // «глава обещал пни выкорчевать»: a thing near a person is mostly the thing; only a dash, an address
                    // or an apposition says the person is one («глава — пень», «глава наш, пень трухлявый, …»)
                    return (between & AnalyzedText.DASH) != 0 || address || apposition ? j : -1;
                }
                return between == AnalyzedText.COMMA && !address && !apposition ? -1 : j;
            }
        }
        return -1;
    }

    /**
     * «Кикшеринговые гиены, деньги с людей тянуть умеете…», «Крысы, вам не стыдно?»: a figure that opens its sentence (at
     * most two words before it), set off by a comma, and then told something in the second person in the same sentence
     * (a verb in -ете/-ите/-ешь/-ишь not after a preposition nor right after the comma, or «вам», «вас», «тебе», «тебя»)
     * is the one spoken to; -1 otherwise. «Вороны, кошки, собаки — все у помойки» is a list and tells no one anything.
     */
    private static int toldAfterAddress(AnalyzedText text, WordInfo[] infos, int k) {
        String[] words = text.words();
        int[] sentence = text.sentence();
        byte[] marks = text.marks();
        int from = text.sentenceStart(k);
        if (k - from > 2 || k + 1 >= words.length || sentence[k + 1] != sentence[k] || (marks[k + 1] & AnalyzedText.COMMA) == 0
                || (marks[k + 1] & AnalyzedText.DASH) != 0) {
            return -1;
        }
        for (int j = from + 1; j <= k; j++) {
            if ((marks[j] & (AnalyzedText.COMMA | AnalyzedText.DASH)) != 0) {
                return -1;
            }
        }
        // «Тараканы, клопы — когда проведёте обработку?»: a list of pests, then a question to whoever should act
        if (infos[k + 1].figure() != null) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(words.length, k + 1 + InsultFigures.REACH) && sentence[j] == sentence[k]
                && (marks[j] & AnalyzedText.DASH) == 0; j++) {
            String w = words[j];
            // «Собаки, когда отловите?»: the animals are the heading of a question to whoever should act on them
            if (ASKED.contains(w)) {
                return -1;
            }
            if (YOU_TOLD.contains(w)) {
                return j;
            }
            boolean second = w.length() > 4 && (w.endsWith("ете") || w.endsWith("ите") || w.endsWith("ешь") || w.endsWith("ишь")
                    || w.endsWith("етесь") || w.endsWith("итесь") || w.endsWith("ешься") || w.endsWith("ишься"));
            // «Вороны, представляете, всю помойку растащили»: a word said to the reader in passing tells the figure nothing;
            // «Крысы, потравите подвал»: a request right after the comma is a heading and a plea to whoever should act
            if (second && j > k + 1 && !PREPOSITIONS.contains(words[j - 1]) && !ASIDES.contains(w)) {
                return j;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> ASIDES = java.util.Set.of("представляете", "знаете", "понимаете", "видите",
            "слышите", "прикиньте", "представьте", "поверьте", "смотрите", "послушайте", "заметьте", "учтите");

    private static final java.util.Set<String> ASKED = java.util.Set.of("когда", "кто", "где", "почему", "зачем", "сколько", "куда");

    private static final java.util.Set<String> YOU_TOLD = java.util.Set.of("вам", "вас", "тебе", "тебя");

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("в", "во", "на", "о", "об", "при", "по");

    /**
     * «Вы, мхом поросшие пеньки, хоть раз…»: «ты» or «вы» opening its clause, a comma, and a figure within four words that
     * closes the address (a comma, a dash or the sentence's end after it), with no mark between: the figure is what the
     * one spoken to is called. «Вы, как хозяин коровы, отвечаете» puts «как» between and is a comparison.
     */
    private static boolean calledAfter(AnalyzedText text, int you, int k) {
        String[] words = text.words();
        int[] sentence = text.sentence();
        byte[] marks = text.marks();
        byte stop = AnalyzedText.COMMA | AnalyzedText.DASH;
        boolean opens = you == 0 || sentence[you - 1] != sentence[you] || (marks[you] & stop) != 0;
        if (!opens || k - you > 4 || (marks[you + 1] & AnalyzedText.COMMA) == 0) {
            return false;
        }
        for (int j = you + 2; j <= k; j++) {
            if ((marks[j] & stop) != 0 || words[j].equals("как")) {
                return false;
            }
        }
        return k + 1 == words.length || sentence[k + 1] != sentence[k] || (marks[k + 1] & stop) != 0;
    }

    /**
     * «свиньи у корыта, по-другому не назовёшь», «пиявки присосавшиеся, других слов нет»: in the figure's sentence the
     * writer says that the figure is the name they give someone; -1 when the sentence says no such thing. Only a denial
     * counts («не назовёшь», «иначе не скажешь»): «как назовём котёнка?» names a pet. So does «вот он кто» after the figure.
     */
    private static int naming(AnalyzedText text, int k) {
        String[] words = text.words();
        int[] sentence = text.sentence();
        int from = text.sentenceStart(k);
        for (int j = from; j + 1 < words.length && sentence[j + 1] == sentence[k]; j++) {
            String next = words[j + 1];
            if (words[j].equals("не") && (next.startsWith("назов") || next.startsWith("назва")
                    || next.equals("скажешь") && j > 0 && (words[j - 1].equals("иначе") || words[j - 1].equals("другому")))) {
                return j + 1;
            }
            if (words[j].equals("других") && next.equals("слов") && j + 2 < words.length && words[j + 2].equals("нет")) {
                return j + 2;
            }
            // «Хряк пропитой, вот он кто», «Стервятники в чёрных костюмах, вот вы кто»: the writer says whom the figure names
            if (words[j].equals("вот") && PRONOUNS.contains(next) && j + 2 < words.length && sentence[j + 2] == sentence[k]
                    && words[j + 2].equals("кто") && j > k) {
                return j + 2;
            }
        }
        return -1;
    }

    /**
     * «Дорожники, которые трассу у Хасына чистят, — олени безрогие», «Судья наш сегодня на матче — слепой крот»: a dash
     * is how Russian says what someone is, so a figure after one (with at most one trait or adjective before it) that
     * ends its clause is said of the sentence's person, however far back, past a relative clause set off by commas. A figure
     * that goes on into a clause of its own is not («глава приехал на ферму — свиньи голодные стоят»).
     */
    private static int predicate(AnalyzedText text, WordInfo[] infos, int k) {
        String[] words = text.words();
        int[] sentence = text.sentence();
        byte[] marks = text.marks();
        int dash = k;
        if ((marks[k] & AnalyzedText.DASH) == 0 && k > 0 && sentence[k - 1] == sentence[k] && (marks[k - 1] & AnalyzedText.DASH) != 0
                && describes(infos, words, k - 1)) {
            dash = k - 1;
        }
        if ((marks[dash] & AnalyzedText.DASH) == 0 || dash == 0 || sentence[dash - 1] != sentence[k]) {
            return -1;
        }
        int next = k + 1;
        if (next < words.length && sentence[next] == sentence[k] && (marks[next] & (AnalyzedText.COMMA | AnalyzedText.DASH)) == 0
                && describes(infos, words, next)) {
            next++;
        }
        if (next < words.length && sentence[next] == sentence[k] && (marks[next] & (AnalyzedText.COMMA | AnalyzedText.DASH)) == 0) {
            return -1;
        }
        for (int j = dash - 1; j >= 0 && sentence[j] == sentence[k]; j--) {
            if (infos[j].person() || infos[j].office()) {
                return j;
            }
            boolean opens = (marks[j] & AnalyzedText.COMMA) != 0;
            if (InsultFigures.SPEECH.contains(words[j]) || InsultFigures.CLAUSE.contains(words[j]) != opens) {
                // only a clause that a comma opens with «который», «что»… is passed over: «УК приезжала, в подвале —
                // крысы» puts the rats in a clause of their own
                return -1;
            }
        }
        return -1;
    }

    /** Whether word {@code i} describes the noun beside it: a trait only people have, or any adjective. */
    private static boolean describes(WordInfo[] infos, String[] words, int i) {
        return infos[i].trait() || adjective(words[i]);
    }

    /** Whether word {@code i} is «не» in the sentence of word {@code k}. */
    private static boolean not(AnalyzedText text, int i, int k) {
        return i >= 0 && text.sentence()[i] == text.sentence()[k] && text.words()[i].equals("не");
    }

    /**
     * «депутаты наши на сессии проголосовали молча, стадо баранов, ни один рот не открыл»: a figure with a figure or
     * trait of its own after it, set off by commas (or a comma and the sentence's end), names what the clause's subject
     * is, however far back. A bare figure between commas is too like a list («глава приехал на ферму, свиньи, коровы»)
     * and one followed by a verb is another clause («УК не чистит подвал, крысы бегают»).
     */
    private boolean apposition(AnalyzedText text, WordInfo[] infos, int k) {
        byte[] marks = text.marks();
        int[] sentence = text.sentence();
        int end = k + 1;
        if (k == 0 || (marks[k] & AnalyzedText.COMMA) == 0 || infos[k - 1].figure() != null || end >= infos.length
                || sentence[end] != sentence[k] || (marks[end] & (AnalyzedText.COMMA | AnalyzedText.DASH)) != 0
                || infos[end].figure() == null && !infos[end].trait() && plural(text.words()[end]) == null) {
            return false;
        }
        return end + 1 == infos.length || sentence[end + 1] != sentence[k]
                || (marks[end + 1] & (AnalyzedText.COMMA | AnalyzedText.DASH)) != 0 && infos[end + 1].figure() == null;
    }

    /** Words for a crowd: the genitive plural after one is what its people are («сборище паразитов», «шайка бакланов»). */
    // not «стая» or «стадо»: a pack of wolves and a herd are real animals in village posts («стая волков у фермы»)
    private static final java.util.Set<String> COLLECTIVE = java.util.Set.of("сборище", "свора", "шайка", "банда", "кучка",
            "орава", "скопище", "рассадник");

    /**
     * «стадо баранов», «свора шакалов», «сборище паразитов»: the genitive plural of a figure listed as «баран» or of an
     * insult listed as «паразиты»; the entry that lists it, or null.
     */
    private WordPatterns.Entry plural(String w) {
        if (w.length() <= 4 || !(w.endsWith("ов") || w.endsWith("ев"))) {
            return null;
        }
        String stem = w.substring(0, w.length() - 2);
        WordPatterns.Entry e = figures.figures().match(stem);
        if (e != null || !w.endsWith("ов")) {
            return e;
        }
        Found f = lookup(stem + "ы");
        return f.verdict() == FilterVerdict.INSULT ? f.entry() : null;
    }

    /**
     * «стояли на остановке с 6:40 как дураки», «сижу как идиот»: «как» before the word, and before it in the same clause
     * a verb in the past plural or a first-person verb of waiting about, with no person named, so the writers compare
     * themselves; «работают как идиоты», «депутаты сидели как идиоты» and «ведут себя как свиньи» are said of others.
     */
    private static boolean ownSimile(AnalyzedText text, WordInfo[] infos, int k) {
        String[] words = text.words();
        int[] sentence = text.sentence();
        if (k < 2 || !words[k - 1].equals("как") || sentence[k - 1] != sentence[k]) {
            return false;
        }
        boolean verb = false;
        for (int j = k - 2; j >= Math.max(0, k - 8) && sentence[j] == sentence[k]
                && (text.marks()[j + 1] & (AnalyzedText.COMMA | AnalyzedText.DASH)) == 0; j--) {
            String w = words[j];
            if (infos[j].person() || infos[j].office() || w.equals("себя") || w.equals("они")) {
                return false;
            }
            verb |= w.length() > 4 && w.endsWith("ли") || OWN_VERBS.contains(w);
        }
        return verb;
    }

    /** First-person verbs of waiting about, the usual «…как дураки». */
    private static final java.util.Set<String> OWN_VERBS = java.util.Set.of("стоим", "сидим", "ждем", "ходим", "бегаем",
            "ездим", "мерзнем", "торчим", "смотрим", "выглядим", "стою", "сижу", "жду", "хожу", "бегаю", "торчу");

    /** «в» or «во»: where an office or what is worn follows. */
    private static boolean in(String w) {
        return w.equals("в") || w.equals("во");
    }

    /** A word with letters hidden by {@code *}: bad when some way of filling the stars starts like a dictionary root. */
    private FilterVerdict masked(String w, List<String> reasons) {
        long letters = w.chars().filter(Character::isLetter).count();
        if (letters < 1 || letters == w.length()) {
            return FilterVerdict.NONE;
        }
        if (w.length() > MAX_MASKED_LENGTH || starRuns(w) > MAX_STAR_RUNS) {
            // user text is hostile: "*х*х*х*…" would make the star matching try 3^n fillings
            return FilterVerdict.NONE;
        }
        // a star mostly hides one letter («х*й» is хуй, not хачей): first read each run of stars as that many letters,
        // then as one to three; "д*билы" fits both "доеб*" and "дебил*": the root that spells out more of the word wins.
        // Within one reading мат comes first: «п***ец» fits «подлец» as well as «пизд*», and people hide мат behind
        // stars, seldom a mild insult
        WordPatterns.Entry best = null;
        FilterVerdict bestVerdict = FilterVerdict.NONE;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            boolean strict = pass == 0;
            for (WordPatterns.Entry e : obscene.entries()) {
                if ((best == null || e.core().length() > best.core().length()) && maskFits(w, e, strict)) {
                    best = e;
                    bestVerdict = FilterVerdict.OBSCENE;
                }
            }
            for (WordPatterns.Entry e : insult.entries()) {
                if (bestVerdict != FilterVerdict.OBSCENE && (best == null || e.core().length() > best.core().length()) && maskFits(w, e, strict)) {
                    best = e;
                    bestVerdict = FilterVerdict.INSULT;
                }
            }
        }
        if (best != null) {
            reasons.add(reason(bestVerdict, " (замаскировано)", w, best));
        }
        return bestVerdict;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("он", "она", "оно", "они", "вы", "ты");

    private static final java.util.Set<String> THESE = java.util.Set.of("эти", "этот", "эта", "это");

    private static final java.util.Set<String> SIT = java.util.Set.of("сидят", "сидит", "сидели", "засели", "засел", "заседают");

    /** «районной», «чёрном», «белой праворульной»: an adjective's ending, enough to let it stand between a preposition and its noun. */
    private static boolean adjective(String w) {
        return w.length() > 3 && ADJECTIVE_ENDINGS.contains(w.substring(w.length() - 2));
    }

    private static final java.util.Set<String> ADJECTIVE_ENDINGS = java.util.Set.of("ой", "ей", "ый", "ий", "ая", "яя", "ое",
            "ее", "ые", "ие", "ых", "их", "ом", "ем", "ую", "юю", "ым", "им");

    /** Real masks hide one to three letters of a short word; longer or busier "words" are not masks. */
    private static final int MAX_MASKED_LENGTH = 24;
    private static final int MAX_STAR_RUNS = 4;

    private static int starRuns(String w) {
        int runs = 0;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == '*' && (i == 0 || w.charAt(i - 1) != '*')) {
                runs++;
            }
        }
        return runs;
    }

    private static boolean maskFits(String masked, WordPatterns.Entry e, boolean strict) {
        boolean anywhere = e.pattern().startsWith("*");
        boolean whole = !e.pattern().endsWith("*");
        int last = anywhere ? masked.length() - 1 : 0;
        for (int start = 0; start <= last; start++) {
            if (start > 0 && masked.charAt(start - 1) != '*' && !Character.isLetter(masked.charAt(start - 1))) {
                continue;
            }
            if (fits(masked, start, e.core(), 0, whole && !anywhere, strict)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether masked[mi..] can spell core[ci..] (and nothing more when {@code whole}); a run of stars is as many letters
     * when {@code strict}, else 1 to 3 letters.
     */
    private static boolean fits(String masked, int mi, String core, int ci, boolean whole, boolean strict) {
        if (ci == core.length()) {
            return !whole || mi == masked.length();
        }
        if (mi == masked.length()) {
            return false;
        }
        char c = masked.charAt(mi);
        if (c != '*') {
            return c == core.charAt(ci) && fits(masked, mi + 1, core, ci + 1, whole, strict);
        }
        int run = 0;
        while (mi + run < masked.length() && masked.charAt(mi + run) == '*') {
            run++;
        }
        for (int take = strict ? run : 1; take <= (strict ? run : Math.max(3, run)); take++) {
            if (ci + take > core.length()) {
                // the stars run past the root: the root is spelt, the rest is the ending
                return !whole;
            }
            if (fits(masked, mi + run, core, ci + take, whole, strict)) {
                return true;
            }
        }
        return false;
    }

    /** Obscene language outranks an insult: the stronger reason is the one the curator sees first. */
    private static FilterVerdict worse(FilterVerdict a, FilterVerdict b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(FilterVerdict v) {
        return switch (v) {
            case NONE -> 0;
            case INSULT -> 1;
            case OBSCENE -> 2;
            case THREAT -> 3;
        };
    }
}
