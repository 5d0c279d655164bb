package org.otklik.classifier.internal;

import java.util.EnumMap;
import java.util.Map;

/**
 * Threat rules of {@code config/filter/threat.txt}. A threat is intent to harm, not a danger:
 * <ul>
 * <li>a threat phrase ("знаю где ты живешь", "мало не покажется");</li>
 * <li>a first-person harm verb ("сожгу", "убью", "закопаю"): the intent is in the verb's own form;</li>
 * <li>an intent word ("я", "приду", "буду") with a harm verb ("сжечь", "гореть") and a target in the same or the next sentence;</li>
 * <li>someone's family ("твоя жена", "его дети") named together with an intimidating cue ("в курсе", "подумай").</li>
 * </ul>
 * "угроза обрушения" (no harm verb, no intent) and "будем жаловаться в прокуратуру" (no harm verb) stay clean.
 */
public final class ThreatRules {

    /** The kinds of line in threat.txt. */
    public enum Kind {
        PHRASE, HARM_FIRST_PERSON, HARM, INTENT, TARGET, FAMILY, OWNER, CUE;

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
                default -> throw new IllegalArgumentException("unknown kind '" + code
                        + "', expected phrase, harm1, harm, intent, target, family, owner or cue");
            };
        }
    }

    private final PhraseIndex<String> phrases;
    private final Map<Kind, WordPatterns> words;

    public ThreatRules(PhraseIndex<String> phrases, Map<Kind, WordPatterns> words) {
        this.phrases = phrases;
        this.words = new EnumMap<>(words);
        for (Kind k : Kind.values()) {
            this.words.putIfAbsent(k, new WordPatterns());
        }
    }

    /** Which kinds of threat word (bit {@code 1 << kind.ordinal()}) a normalised word is. */
    public int mask(String word) {
        int m = 0;
        for (Kind k : Kind.values()) {
            if (k != Kind.PHRASE && words.get(k).match(word) != null) {
                m |= 1 << k.ordinal();
            }
        }
        return m;
    }

    /** What made the text a threat, or null; {@code masks} are {@link #mask} of each word. */
    public String find(AnalyzedText text, int[] masks) {
        var hits = phrases.find(text);
        if (!hits.isEmpty()) {
            return "«" + hits.get(0).value() + "»";
        }
        int n = text.size();
        int sentences = text.sentences();
        if (n == 0) {
            return null;
        }
        boolean candidate = false;
        for (int m : masks) {
            candidate |= m != 0;
        }
        if (!candidate) {
            return null;
        }
        // per sentence: first position of each kind (or -1)
        int[][] at = new int[Kind.values().length][sentences];
        for (int[] row : at) {
            java.util.Arrays.fill(row, -1);
        }
        boolean any = false;
        for (int i = 0; i < n; i++) {
            int m = masks[i];
            if (m == 0) {
                continue;
            }
            for (Kind k : Kind.values()) {
                if ((m & (1 << k.ordinal())) != 0 && at[k.ordinal()][text.sentence()[i]] < 0) {
                    at[k.ordinal()][text.sentence()[i]] = i;
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        for (int s = 0; s < sentences; s++) {
            int harm1 = at[Kind.HARM_FIRST_PERSON.ordinal()][s];
            if (harm1 >= 0) {
                // "сожгу", "закопаю": a first-person harm verb carries the intent in its own form
                return "«" + text.words()[harm1] + "»";
            }
            int harm = at[Kind.HARM.ordinal()][s];
            int intent = at[Kind.INTENT.ordinal()][s];
            if (harm >= 0 && intent >= 0) {
                int target = near(at[Kind.TARGET.ordinal()], s);
                if (target >= 0) {
                    return "«" + text.words()[intent] + " … " + text.words()[harm] + "» → «" + text.words()[target] + "»";
                }
            }
            int family = at[Kind.FAMILY.ordinal()][s];
            if (family >= 0) {
                int cue = near(at[Kind.CUE.ordinal()], s);
                int owner = near(at[Kind.OWNER.ordinal()], s);
                if (cue >= 0 && owner >= 0) {
                    return "«" + text.words()[family] + "» + «" + text.words()[cue] + "»";
                }
            }
        }
        return null;
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
