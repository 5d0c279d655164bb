package org.otklik.classifier.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Threat rules of {@code config/filter/threat.txt}. A threat is intent to harm, not a danger:
 * <ul>
 * <li>a threat phrase ("знаю где ты живешь", "живого места не оставлю");</li>
 * <li>a vague threat phrase ("пожалеете", "поговорим по-другому") when no legal or protest step ("суд",
 * "прокуратура", "выборы") is named in its sentence or a neighbouring one: "пожалеете на выборах" is a vote;</li>
 * <li>veiled hints that add up in neighbouring sentences: one aimed at someone ("машина у тебя приметная", "знаю, где
 * живёт") with a menacing one ("никто не узнает кто") or a warning ("поостерегись"), or with talk of chance ("всякое
 * бывает") and a nudge ("подумай"), and no legal step near them: one hint, or a hint with talk of chance, is ordinary
 * speech ("дом у тебя старый, всякое бывает, проверь газ");</li>
 * <li>a first-person harm verb ("сожгу", "убью", "закопаю"): the intent is in the verb's own form, unless what it is
 * done to is rubbish or vermin ("сожгу этот мусор", "утоплю крыс");</li>
 * <li>a first-person verb that harms only with what it is done to within four words of a body part ("оторву руки",
 * "зубы пересчитаю") or, for some, of a piece of property ("окна разобью", "колёса порежу"), with no "себе"/"мою" among
 * them ("порежу себе руки" is a mishap) and no preposition before the object ("разнесу письма в администрацию"); a
 * verb that kills or beats only a person ("прибью", "замочу") needs the person named beside it ("прибью соседа", not
 * "прибью полку");</li>
 * <li>a blow said ahead ("дам", "получишь", "врежу") within four words of where it lands ("по морде", "в табло");</li>
 * <li>an intent word ("приду", "передайте", "твоя") with a harm verb ("сжечь", "сгорит") and a target in the same or the
 * next sentence, unless a fear ("боюсь", "вдруг") comes before the harm verb in its sentence or a cause of harm
 * ("окурок", "проводка") is named in it;</li>
 * <li>someone's family ("твоя жена", "его дети") named together with an intimidating cue ("в курсе", "подумай").</li>
 * </ul>
 * A harm word right after "не" ("не пожалеете", "не убью") does not count, nor anything in or next to a sentence that
 * reports a threat received ("report": "сосед угрожает: «убью»"). "угроза обрушения" (no harm verb, no intent)
 * and "будем жаловаться в прокуратуру" (no harm verb) stay clean.
 */
public final class ThreatRules {

    /** The kinds of line in threat.txt. */
    public enum Kind {
        PHRASE, HARM_FIRST_PERSON, HARM, INTENT, TARGET, FAMILY, OWNER, CUE,
        HARM_WITH_OBJECT, MAIM, BODY, THING, SELF, BLOW, LANDS, FEAR, LEGAL, VAGUE, VEIL, HINT, RISK, WARN, NUDGE, CAUSE, REPORT, SPEECH, VICTIM, KILL, PERSON, INERT, GAME;

        public static Kind fromCode(String code) {
            return switch (code) {
                case "phrase" -> PHRASE;
                case "harm1" -> HARM_FIRST_PERSON;
                case "harm" -> HARM;
                case "intent" -> INTENT;
                case "target" -> TARGET;
                case "family" -> FAMILY;
                case "owner" -> OWNER;
                case "cue" -> CUE;
                case "harm2" -> HARM_WITH_OBJECT;
                case "maim" -> MAIM;
                case "body" -> BODY;
                case "thing" -> THING;
                case "self" -> SELF;
                case "blow" -> BLOW;
                case "lands" -> LANDS;
                case "fear" -> FEAR;
                case "legal" -> LEGAL;
                case "vague" -> VAGUE;
                case "veil" -> VEIL;
                case "hint" -> HINT;
                case "risk" -> RISK;
                case "warn" -> WARN;
                case "nudge" -> NUDGE;
                case "cause" -> CAUSE;
                case "report" -> REPORT;
                case "speech" -> SPEECH;
                case "victim" -> VICTIM;
                case "kill" -> KILL;
                case "person" -> PERSON;
                case "inert" -> INERT;
                case "game" -> GAME;
                default -> throw new IllegalArgumentException("unknown kind '" + code
                        + "', expected phrase, vague, veil, hint, risk, warn, nudge, cause, report, speech, victim, harm1, harm2, maim, kill, person, inert, game, body, thing, self, blow, lands, harm,"
                        + " intent, fear, target, family, owner, cue or legal");
            };
        }

        /** Whether lines of this kind are phrases matched by stems rather than word patterns. */
        public boolean phrase() {
            return this == PHRASE || this == VAGUE || this == VEIL || this == HINT || this == RISK;
        }
    }

    /** How far (in words) a verb of {@code harm2} or {@code blow} may stand from its object. */
    private static final int OBJECT_REACH = 4;

    private static final int HARM_BITS = bit(Kind.HARM_FIRST_PERSON) | bit(Kind.HARM) | bit(Kind.HARM_WITH_OBJECT)
            | bit(Kind.MAIM) | bit(Kind.KILL) | bit(Kind.BLOW);

    /** Oneself and one's own next to a harm verb: «себе ноги переломаю», «сожгу свой сарай». */
    private static final java.util.Set<String> OWN = java.util.Set.of("свою", "свой", "свое", "свои", "своих");

    /** «разнесу письма в администрацию», «выбью путёвку на море»: after a preposition a word is a place, not an object. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("в", "во", "на", "по", "до", "к", "ко",
            "из", "с", "со", "у", "от", "за", "для");

    /** A line of a phrase kind ({@link Kind#phrase()}) as written in threat.txt. */
    public record ThreatPhrase(Kind kind, String text) {
    }

    /** Every phrase kind in one index: a post is scanned once, not once per kind. */
    private final PhraseIndex<ThreatPhrase> phrases;
    private final Map<Kind, WordPatterns> words;

    public ThreatRules(PhraseIndex<ThreatPhrase> phrases, Map<Kind, WordPatterns> words) {
        this.phrases = phrases;
        this.words = new EnumMap<>(words);
        for (Kind k : Kind.values()) {
            this.words.putIfAbsent(k, new WordPatterns());
        }
    }

    static {
        // a word's kinds are bits of an int
        if (Kind.values().length > Integer.SIZE - 1) {
            throw new AssertionError("too many threat kinds for an int mask");
        }
    }

    private static int bit(Kind k) {
        return 1 << k.ordinal();
    }

    /** Which kinds of threat word (bit {@code 1 << kind.ordinal()}) a normalised word is. */
    public int mask(String word) {
        int m = 0;
        for (Kind k : Kind.values()) {
            if (!k.phrase() && words.get(k).match(word) != null) {
                m |= bit(k);
            }
        }
        int star = word.indexOf('*');
        if (m == 0 && star >= 0 && word.indexOf('*', star + 1) < 0 && word.length() <= MAX_MASKED_VERB) {
            // «з@режу», «уб*ю»: a harm verb with one letter hidden is still that verb; only harm verbs are read so, because
            // a star stands for any letter and a star in an ordinary word would otherwise match some word of some list
            for (char c = 'а'; c <= 'я'; c++) {
                String filled = word.substring(0, star) + c + word.substring(star + 1);
                for (Kind k : Kind.values()) {
                    if ((MASKED_HARM_BITS & bit(k)) != 0 && words.get(k).match(filled) != null) {
                        m |= bit(k);
                    }
                }
            }
        }
        return m;
    }

    private static final int MAX_MASKED_VERB = 16;

    /**
     * The kinds of {@link #HARM_BITS} that threaten by themselves or with their object, read through a mask; not
     * {@code harm} («сжечь», «сгорит»), which needs an intent word and a target as well.
     */
    private static final int MASKED_HARM_BITS = HARM_BITS & ~bit(Kind.HARM);

    /**
     * What the rules found in a text.
     *
     * @param threat what made the text a threat, or null
     * @param reported whether the text reports a threat its writer received («сосед угрожает», a quoted threat in a plea
     *                 for protection) or game talk (an online game named beside the harm): then no other judge may
     *                 call it a threat either
     */
    public record Finding(String threat, boolean reported) {
    }

    /** What the rules find in a text; {@code masks} are {@link #mask} of each word. */
    public Finding find(AnalyzedText text, int[] masks) {
        int n = text.size();
        if (n == 0) {
            return new Finding(null, false);
        }
        int[] sentenceOf = text.sentence();
        // «Сосед угрожает: „убью“», «нам пригрозили, что колёса проколют»: the post reports a threat it received
        boolean[] reported = new boolean[text.sentences()];
        boolean reports = false;
        for (int i = 0; i < n; i++) {
            // «это не угроза, а обещание» reports nothing
            boolean report = (masks[i] & bit(Kind.REPORT)) != 0 && !(i > 0 && text.words()[i - 1].equals("не"));
            // «кричит в микрофон „всех перережу, держите точку!“ — это он в игру играет», «1 на 1 на мапе, я тебя
            // уничтожу»: an online game named in the sentence or beside it is where the killing happens
            if (report || (masks[i] & bit(Kind.GAME)) != 0) {
                int s = sentenceOf[i];
                for (int t = Math.max(0, s - 1); t <= Math.min(reported.length - 1, s + 1); t++) {
                    reported[t] = true;
                }
                reports = true;
            }
        }
        // «сосед написал: „спалю твою машину“»: words in quotes that a verb of speech introduces are someone else's
        boolean[] heard = heard(text, masks);
        return new Finding(threat(text, masks, reported, heard), reports || heard != null);
    }

    private String threat(AnalyzedText text, int[] masks, boolean[] reported, boolean[] heard) {
        int n = text.size();
        int[] sentenceOf = text.sentence();
        List<PhraseIndex.Hit<ThreatPhrase>> found = phrases.find(text);
        if (heard != null) {
            found.removeIf(hit -> heard[hit.start()]);
            masks = masks.clone();
            for (int k = 0; k < n; k++) {
                masks[k] = heard[k] ? 0 : masks[k];
            }
        }
        for (var hit : live(text, found, Kind.PHRASE)) {
            if (!reported[sentenceOf[hit.start()]]) {
                return "«" + hit.value().text() + "»";
            }
        }
        for (var hit : live(text, found, Kind.VAGUE)) {
            if (!reported[sentenceOf[hit.start()]]
                    && nearby(text, masks, bit(Kind.LEGAL), sentenceOf[hit.start()], hit.start(), hit.end()) < 0) {
                return "«" + hit.value().text() + "»";
            }
        }
        String veiled = veiled(text, masks, reported, found);
        if (veiled != null) {
            return veiled;
        }
        boolean candidate = false;
        for (int m : masks) {
            candidate |= m != 0;
        }
        if (!candidate) {
            return null;
        }
        String[] words = text.words();
        int[] m = masks.clone();
        for (int i = 1; i < n; i++) {
            // «не пожалеете», «не сгорит»: a harm word said with "не" is not said
            if ((m[i] & HARM_BITS) != 0 && isNot(text, i - 1, i)) {
                m[i] &= ~HARM_BITS;
            }
        }
        for (int i = 0; i < n; i++) {
            if (reported[sentenceOf[i]]) {
                m[i] = 0;
            }
            // «сожгу этот мусор», «утоплю крыс»: rubbish, weeds and vermin are no one's life or property;
            // «ноги себе переломаю на вашей лестнице», «сожгу свой сарай»: harm to oneself or one's own is no threat
            for (int j = Math.max(0, i - 6); j <= Math.min(n - 1, i + 2) && (m[i] & HARM_BITS) != 0; j++) {
                if (j != i && sentenceOf[j] == sentenceOf[i]
                        && ((j > i && (masks[j] & bit(Kind.INERT)) != 0) || (j >= i - 2 && OWN.contains(words[j]))
                        || (j <= i + 1 && (words[j].equals("себе") || words[j].equals("себя"))
                            && !(j > 0 && words[j - 1].equals("у"))))) {
                    m[i] &= ~HARM_BITS;
                }
            }
        }
        String object = withObject(text, m);
        if (object != null) {
            return object;
        }
        int sentences = text.sentences();
        // per sentence: first position of each kind (or -1)
        int[][] at = new int[Kind.values().length][sentences];
        for (int[] row : at) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < n; i++) {
            if (m[i] == 0) {
                continue;
            }
            for (Kind k : Kind.values()) {
                if ((m[i] & bit(k)) != 0 && at[k.ordinal()][sentenceOf[i]] < 0) {
                    at[k.ordinal()][sentenceOf[i]] = i;
                }
            }
        }
        for (int s = 0; s < sentences; s++) {
            int harm1 = at[Kind.HARM_FIRST_PERSON.ordinal()][s];
            if (harm1 >= 0) {
                // "сожгу", "закопаю": a first-person harm verb carries the intent in its own form
                return "«" + words[harm1] + "»";
            }
            int harm = at[Kind.HARM.ordinal()][s];
            int intent = at[Kind.INTENT.ordinal()][s];
            int fear = at[Kind.FEAR.ordinal()][s];
            // "я боюсь, что дом сгорит" is a fear, not an intent; "брошенный окурок — и твой дом сгорит" names a cause
            if (harm >= 0 && intent >= 0 && (fear < 0 || fear > harm) && at[Kind.CAUSE.ordinal()][s] < 0) {
                int target = near(at[Kind.TARGET.ordinal()], s);
                if (target >= 0) {
                    return "«" + words[intent] + " … " + words[harm] + "» → «" + words[target] + "»";
                }
            }
            int family = at[Kind.FAMILY.ordinal()][s];
            if (family >= 0) {
                int cue = near(at[Kind.CUE.ordinal()], s);
                int owner = near(at[Kind.OWNER.ordinal()], s);
                if (cue >= 0 && owner >= 0) {
                    return "«" + words[family] + "» + «" + words[cue] + "»";
                }
            }
        }
        return null;
    }

    /**
     * A verb that harms only with its object ("оторву руки", "колёса порежу") or a blow with where it lands ("дам по
     * морде"), within {@link #OBJECT_REACH} words in one sentence; "себе", "мою" near them make it one's own mishap, and
     * a preposition before the object makes it a place ("разнесу письма в администрацию").
     */
    private static String withObject(AnalyzedText text, int[] m) {
        int[] sentenceOf = text.sentence();
        String[] words = text.words();
        for (int i = 0; i < m.length; i++) {
            int objects = ((m[i] & bit(Kind.HARM_WITH_OBJECT)) != 0 ? bit(Kind.BODY) | bit(Kind.THING) : 0)
                    | ((m[i] & bit(Kind.MAIM)) != 0 ? bit(Kind.BODY) : 0)
                    | ((m[i] & bit(Kind.KILL)) != 0 ? bit(Kind.PERSON) : 0);
            boolean blow = (m[i] & bit(Kind.BLOW)) != 0;
            if (objects == 0 && !blow) {
                continue;
            }
            for (int j = Math.max(0, i - OBJECT_REACH); j <= Math.min(m.length - 1, i + OBJECT_REACH); j++) {
                if (j == i || sentenceOf[j] != sentenceOf[i]) {
                    continue;
                }
                boolean object = (m[j] & objects) != 0
                        && !(j > 0 && sentenceOf[j - 1] == sentenceOf[j] && PLACE_PREPOSITIONS.contains(words[j - 1]));
                boolean lands = blow && (m[j] & bit(Kind.LANDS)) != 0;
                if (!object && !lands) {
                    continue;
                }
                boolean own = false;
                for (int k = Math.max(0, Math.min(i, j) - 1); k <= Math.min(m.length - 1, Math.max(i, j) + 1); k++) {
                    own |= sentenceOf[k] == sentenceOf[i] && (m[k] & bit(Kind.SELF)) != 0;
                }
                if (!own && !lands && (m[i] & bit(Kind.HARM_WITH_OBJECT)) != 0) {
                    own = mishapPlace(text, m, i, j);
                }
                if (!own) {
                    return "«" + words[i] + "» … «" + words[j] + "»";
                }
            }
        }
        return null;
    }

    /**
     * «на ваших ямах скоро разобью машину», «об ваши ямы колёса пробью»: a cause of harm named as the place where it
     * happens (a preposition one or two words before it, in the verb's sentence) makes the breakage the writer's own
     * mishap. «Разобью окна, раз дорогу не делаете» names the road without a preposition and stays a threat, and so
     * does breakage addressed to someone beside the verb or object («окна тебе повышибаю, „Ниву“ твою на крышу переверну»).
     */
    private static boolean mishapPlace(AnalyzedText text, int[] m, int verb, int object) {
        int[] sentenceOf = text.sentence();
        String[] words = text.words();
        for (int k = Math.max(0, Math.min(verb, object) - 1); k <= Math.min(m.length - 1, Math.max(verb, object) + 1); k++) {
            if (sentenceOf[k] == sentenceOf[verb] && ADDRESSED.contains(words[k])) {
                return false;
            }
        }
        for (int k = 0; k < m.length; k++) {
            if (sentenceOf[k] != sentenceOf[verb] || (m[k] & bit(Kind.CAUSE)) == 0) {
                continue;
            }
            for (int p = Math.max(0, k - 2); p < k; p++) {
                if (sentenceOf[p] == sentenceOf[k] && MISHAP_PREPOSITIONS.contains(words[p])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> ADDRESSED = java.util.Set.of("тебе", "твою", "твой", "твое", "твои", "твоих",
            "вам", "вашу", "ваш", "ваше", "ваши", "ему", "его", "ей", "ее", "им", "их");

    private static final java.util.Set<String> MISHAP_PREPOSITIONS = java.util.Set.of("на", "об", "о", "в");

    /** Weight of a veiled signal: a full one counts 2, a half one 1; a veiled threat needs {@link #VEILED_ENOUGH}. */
    private static final int VEILED_ENOUGH = 4;

    private record Signal(int start, int end, int sentence, int weight, String value, boolean aimed) {
    }

    /**
     * A veiled threat: hints that add up within neighbouring sentences. Full signals: a hint aimed at someone (veil: «у
     * тебя машина», «знаю где живёт»), a menacing hint (hint: «никто не узнает кто», «бензина хватит»), a warning
     * (warn: «поостерегись», «смекаешь»). Half signals: talk of chance (risk: «всякое бывает», «мало ли что», «мир
     * тесен») and a nudge (nudge: «подумай», «передайте»). Two full signals, or one and two halves, make a threat if at
     * least one is a phrase and no legal step is named near them. A hint aimed at someone with talk of chance counts a
     * half more, unless a cause of harm is named near them (cause: «яма», «гололёд»): «Машина у тебя хорошая, жалко
     * будет, если сгорит» is a threat, «Дом у тебя старый, всякое бывает, проверь газ» advice.
     */
    private String veiled(AnalyzedText text, int[] masks, boolean[] reported, List<PhraseIndex.Hit<ThreatPhrase>> found) {
        int[] sentenceOf = text.sentence();
        List<Signal> phrasesFound = new ArrayList<>();
        for (var h : live(text, found, Kind.VEIL)) {
            phrasesFound.add(new Signal(h.start(), h.end(), sentenceOf[h.start()], 2, h.value().text(), true));
        }
        for (var h : live(text, found, Kind.HINT)) {
            phrasesFound.add(new Signal(h.start(), h.end(), sentenceOf[h.start()], 2, h.value().text(), false));
        }
        for (var h : live(text, found, Kind.RISK)) {
            phrasesFound.add(new Signal(h.start(), h.end(), sentenceOf[h.start()], 1, h.value().text(), false));
        }
        if (phrasesFound.isEmpty()) {
            return null;
        }
        List<Signal> all = new ArrayList<>(phrasesFound);
        String[] words = text.words();
        for (int i = 0; i < masks.length; i++) {
            boolean not = i > 0 && words[i - 1].equals("не");
            if ((masks[i] & bit(Kind.WARN)) != 0 && !not) {
                all.add(new Signal(i, i + 1, sentenceOf[i], 2, words[i], false));
            } else if ((masks[i] & bit(Kind.NUDGE)) != 0 && !not) {
                all.add(new Signal(i, i + 1, sentenceOf[i], 1, words[i], false));
            }
        }
        // heavier first, so a veil is not crowded out by the half signal inside it («мало ли что с тобой»)
        all.sort((a, b) -> b.weight() - a.weight());
        for (Signal anchor : phrasesFound) {
            int s = anchor.sentence();
            if (reported[s] || nearby(text, masks, bit(Kind.LEGAL), s, -1, -1) >= 0) {
                continue;
            }
            List<Signal> taken = new ArrayList<>();
            taken.add(anchor);
            int sum = anchor.weight();
            for (Signal g : all) {
                if (Math.abs(g.sentence() - s) > 1) {
                    continue;
                }
                boolean clash = false;
                for (Signal t : taken) {
                    clash |= t.value().equals(g.value()) || (g.start() < t.end() && t.start() < g.end());
                }
                if (!clash) {
                    taken.add(g);
                    sum += g.weight();
                }
            }
            boolean full = false;
            boolean aimed = false;
            boolean chance = false;
            for (Signal t : taken) {
                full |= t.weight() == 2 && phrasesFound.contains(t);
                aimed |= t.aimed();
                chance |= t.weight() == 1 && phrasesFound.contains(t);
            }
            if (aimed && chance && !caused(text, masks, s, taken)) {
                // «машина у тебя хорошая, жалко будет, если сгорит»: a chance of harm to someone's things with no cause
                // named for it; «…жалко будет, если в яму въедешь» names the pothole
                sum++;
            }
            if (sum >= VEILED_ENOUGH && full) {
                StringBuilder why = new StringBuilder();
                for (Signal t : taken) {
                    why.append(why.isEmpty() ? "" : " + ").append("«").append(t.value()).append("»");
                }
                return why.toString();
            }
        }
        return null;
    }

    /**
     * Quoted words with a verb of speech outside the quotes in their sentence or a neighbouring one («сосед написал:
     * „спалю“», «„Спалю!“ — пишет сосед»), in a post that asks for protection («полиция», «боюсь»): a victim's complaint.
     * Without such a plea a quoted threat is passed on («Подписчики пишут: „…дом горит хорошо“»). Null when no word is
     * heard, as in almost every post.
     */
    private static boolean[] heard(AnalyzedText text, int[] masks) {
        int n = text.size();
        byte[] marks = text.marks();
        int[] sentenceOf = text.sentence();
        boolean plea = false;
        boolean quotes = false;
        for (int i = 0; i < n; i++) {
            boolean quoted = (marks[i] & AnalyzedText.QUOTED) != 0;
            quotes |= quoted;
            plea |= !quoted && (masks[i] & bit(Kind.VICTIM)) != 0;
        }
        if (!plea || !quotes) {
            return null;
        }
        boolean[] said = new boolean[text.sentences()];
        for (int i = 0; i < n; i++) {
            if ((marks[i] & AnalyzedText.QUOTED) == 0 && (masks[i] & bit(Kind.SPEECH)) != 0) {
                said[sentenceOf[i]] = true;
            }
        }
        boolean[] heard = null;
        for (int i = 0; i < n; i++) {
            int s = sentenceOf[i];
            if ((marks[i] & AnalyzedText.QUOTED) != 0 && (said[s] || s > 0 && said[s - 1] || s + 1 < said.length && said[s + 1])) {
                heard = heard == null ? new boolean[n] : heard;
                heard[i] = true;
            }
        }
        return heard;
    }

    /** A cause of harm («яма», «гололёд», «проводка») in sentence s or a neighbouring one, outside the signals' words. */
    private static boolean caused(AnalyzedText text, int[] masks, int s, List<Signal> taken) {
        int[] sentenceOf = text.sentence();
        for (int i = 0; i < masks.length; i++) {
            if ((masks[i] & bit(Kind.CAUSE)) == 0 || Math.abs(sentenceOf[i] - s) > 1) {
                continue;
            }
            boolean inside = false;
            for (Signal t : taken) {
                inside |= i >= t.start() && i < t.end();
            }
            if (!inside) {
                return true;
            }
        }
        return false;
    }

    /** The hits of one phrase kind that are not denied by a "не" before them, in the order found. */
    private static List<PhraseIndex.Hit<ThreatPhrase>> live(AnalyzedText text, List<PhraseIndex.Hit<ThreatPhrase>> found, Kind kind) {
        List<PhraseIndex.Hit<ThreatPhrase>> out = new ArrayList<>();
        for (var hit : found) {
            if (hit.value().kind() == kind && !negated(text, hit)) {
                out.add(hit);
            }
        }
        return out;
    }

    /**
     * A word of {@code kinds} in sentence s or a neighbouring one, outside [from, to); or -1. A word right after "без" or
     * "не", or "не" and a preposition, names what is not done («разберёмся без полиции», «не пожалеешь», «ответите не в
     * суде», «уже без ссылок на законы»); one addressed («Участковый, примите
     * меры») names no step either.
     */
    private static int nearby(AnalyzedText text, int[] masks, int kinds, int s, int from, int to) {
        int[] sentenceOf = text.sentence();
        for (int i = 0; i < masks.length; i++) {
            if ((masks[i] & kinds) != 0 && Math.abs(sentenceOf[i] - s) <= 1 && (i < from || i >= to)
                    && !(i > 0 && (text.words()[i - 1].equals("без") || text.words()[i - 1].equals("не")))
                    && !(i > 1 && text.words()[i - 2].equals("не") && PLACE_PREPOSITIONS.contains(text.words()[i - 1]))
                    && !(i > 2 && text.words()[i - 3].equals("без") && PLACE_PREPOSITIONS.contains(text.words()[i - 1]))
                    && !addressed(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** «Участковый, примите меры»: a word that opens its sentence and is followed by a comma is someone addressed. */
    private static boolean addressed(AnalyzedText text, int i) {
        int[] sentenceOf = text.sentence();
        return (i == 0 || sentenceOf[i - 1] != sentenceOf[i]) && i + 1 < text.size() && sentenceOf[i + 1] == sentenceOf[i]
                && (text.marks()[i + 1] & AnalyzedText.COMMA) != 0;
    }

    /**
     * "не пожалеете", "не знаю, где ты живёшь": a phrase said with "не" before it is denied; "шею себе сверну на этой
     * лестнице": a phrase with "себе" right beside it is one's own mishap.
     */
    private static boolean negated(AnalyzedText text, PhraseIndex.Hit<ThreatPhrase> hit) {
        String[] w = text.words();
        boolean own = (hit.start() > 0 && w[hit.start() - 1].equals("себе")) || (hit.end() < w.length && w[hit.end()].equals("себе"));
        return own || (hit.start() > 0 && !w[hit.start()].equals("не") && isNot(text, hit.start() - 1, hit.start()));
    }

    private static boolean isNot(AnalyzedText text, int i, int next) {
        return text.sentence()[i] == text.sentence()[next] && text.words()[i].equals("не");
    }

    /** A position in sentence s or a neighbouring one: threats often span "Адрес знаю. Дом сгорит." */
    private static int near(int[] row, int s) {
        if (row[s] >= 0) {
            return row[s];
        }
        if (s > 0 && row[s - 1] >= 0) {
            return row[s - 1];
        }
        if (s + 1 < row.length && row[s + 1] >= 0) {
            return row[s + 1];
        }
        return -1;
    }
}
