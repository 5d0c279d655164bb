package org.otklik.classifier.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The one Russian analysis every stage uses: normalisation against the obfuscations people use to slip
 * past filters, tokenising with a Lucene {@link CharTokenizer} and stemming with Lucene's Snowball Russian
 * stemmer. Dictionaries are analysed by the same code, so a dictionary term and a post match on equal footing.
 * Thread-safe: each thread gets its own tokenizer, stemmer and stem cache.
 */
public final class RussianAnalysis {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final int STEM_CACHE_LIMIT = 200_000;
    /** Users cut a word with these or with spaces: {@code х.у.й}, {@code с-у-к-а}. */
    private static final String SPLIT_SEPARATORS = " .-_";

    private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);

    public AnalyzedText analyze(String text) {
        return workers.get().analyze(text == null ? "" : text);
    }

    /** The stems of a dictionary term or phrase, in order. */
    public String[] stems(String phrase) {
        return analyze(phrase).stems();
    }

    /** The normalised words of a dictionary term or phrase, in order. */
    public String[] words(String phrase) {
        return analyze(phrase).words();
    }

    /** The normalised form of one word as the analysis would produce it (lowercase, ё→е, look-alikes replaced). */
    public static String normalizeWord(String word) {
        return normalize(word).toLowerCase(RU).replace('ё', 'е');
    }

    /**
     * Replaces look-alike (and sound-alike) Latin letters and digits inside words that also have Cyrillic letters,
     * {@code @}, {@code #} and {@code $} inside such words (with a mask star), ё, and runs of three or more equal letters. Case is kept so names can still be recognised.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            boolean cyrillic = false;
            while (i < n && isWordChar(text.charAt(i))) {
                cyrillic |= isCyrillic(text.charAt(i));
                i++;
            }
            appendWord(out, text, start, i, cyrillic);
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String text, int start, int end, boolean cyrillic) {
        char prev = 0;
        int run = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (cyrillic && isMask(c) && k > start) {
                // «х@й», «х#ли», «бл$ть»: a symbol inside a Russian word hides a letter, which one the filter's mask
                // matching decides
                c = '*';
            } else if (cyrillic && !(isDigit(c) && nextToDigit(text, k, start, end)) && !isMask(c)) {
                c = lookAlike(c);
            } else if (isMask(c)) {
                // an address, a mention or a hashtag, not a masked letter: keep it a separator
                c = ' ';
            }
            if (c == 'ё') {
                c = 'е';
            } else if (c == 'Ё') {
                c = 'Е';
            }
            char lower = lower(c);
            if (isLetterOrDigit(c) && !isDigit(c) && lower == prev) {
                run++;
                if (run >= 2) {
                    // "ооочень", "суууука": a third equal letter is emphasis, not spelling
                    if (run == 2) {
                        out.setLength(out.length() - 1);
                    }
                    continue;
                }
            } else {
                run = 0;
            }
            prev = lower;
            out.append(c);
        }
    }

    /** "40км" is a number with a unit, "6ля" is a masked letter: only a lone digit is a letter in disguise. */
    private static boolean nextToDigit(String text, int k, int start, int end) {
        return (k > start && isDigit(text.charAt(k - 1))) || (k + 1 < end && isDigit(text.charAt(k + 1)));
    }

    private static boolean isWordChar(char c) {
        return isLetterOrDigit(c) || c == '*' || isMask(c);
    }

    private static boolean isMask(char c) {
        return c == '@' || c == '#' || c == '$';
    }

    /*
     * Character's Unicode tables cost a lookup per letter; posts are almost all ASCII and basic Cyrillic
     * (U+0400–U+045F, all letters), so those ranges are answered directly and the rest falls back to Character.
     */
    static boolean isLetterOrDigit(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (c >= 0x400 && c <= 0x45F) {
            return true;
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c >= 0x410 && c <= 0x42F) {
            return (char) (c + 0x20);
        }
        if (c >= 0x430 && c <= 0x45F) {
            return c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isCyrillic(char c) {
        return (c >= 'а' && c <= 'я') || (c >= 'А' && c <= 'Я') || c == 'ё' || c == 'Ё';
    }

    private static char lookAlike(char c) {
        return switch (c) {
            case 'a' -> 'а';
            case 'A' -> 'А';
            case 'B' -> 'В';
            case 'b' -> 'ь';
            case 'c' -> 'с';
            case 'C' -> 'С';
            case 'e' -> 'е';
            case 'E' -> 'Е';
            case 'H' -> 'Н';
            case 'k' -> 'к';
            case 'K' -> 'К';
            case 'm' -> 'м';
            case 'M' -> 'М';
            case 'n' -> 'п';
            case 'o' -> 'о';
            case 'O' -> 'О';
            case 'p' -> 'р';
            case 'P' -> 'Р';
            case 'r' -> 'г';
            case 'T' -> 'Т';
            case 't' -> 'т';
            case 'u' -> 'и';
            case 'x' -> 'х';
            case 'X' -> 'Х';
            case 'y' -> 'у';
            case 'Y' -> 'У';
            // not look-alikes but sounds: in a word that is otherwise Russian («пиzдец», «бляdь») a Latin letter
            // stands for the Russian one it is read as
            case 'z', 's', 'd', 'l', 'i', 'g', 'f', 'v' -> sound(c);
            case 'Z', 'S', 'D', 'L', 'I', 'G', 'F', 'V' -> Character.toUpperCase(sound(lower(c)));
            case '0' -> 'о';
            case '3' -> 'з';
            case '6' -> 'б';
            case '4' -> 'ч';
            default -> c;
        };
    }

    /** One Cyrillic letter for each of a..z, the commonest reading in typed Russian. */
    private static final String SOUNDS = "абцдефгхийклмнопкрстуввхйз";

    /** The Russian letter a lowercase Latin letter (a..z) is read as. */
    static char sound(char latin) {
        return SOUNDS.charAt(latin - 'a');
    }

    /**
     * A lowercase word read with its Latin letters for their sound, digraphs first: «pizdec» and «pizdец» → пиздец,
     * «blyat» → блят, «zhopa» → жопа. Cyrillic letters stay (ё as е).
     */
    static String heard(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                out.append(c == 'ё' ? 'е' : c);
                continue;
            }
            if (w.startsWith("sch", i) || w.startsWith("shh", i)) {
                out.append('щ');
                i += 2;
                continue;
            }
            char d = i + 1 < w.length() ? digraph(c, w.charAt(i + 1)) : 0;
            if (d != 0) {
                out.append(d);
                i++;
                continue;
            }
            out.append(sound(c));
        }
        return out.toString();
    }

    private static char digraph(char a, char b) {
        return switch (b) {
            case 'h' -> a == 'z' ? 'ж' : a == 'k' ? 'х' : a == 'c' ? 'ч' : a == 's' ? 'ш' : 0;
            case 'a' -> a == 'y' || a == 'j' ? 'я' : 0;
            case 'u' -> a == 'y' || a == 'j' ? 'ю' : 0;
            case 'o' -> a == 'y' || a == 'j' ? 'е' : 0;
            default -> 0;
        };
    }

    /** Abbreviations written with a dot in addresses and everyday posts; single letters (д., г., х.) are all initials. */
    private static final Set<String> ABBREVIATIONS = Set.of("ул", "пр", "просп", "пер", "пл", "мкр", "мкрн", "кв", "корп", "стр",
            "гг", "пос", "ст", "пгт", "им", "руб", "коп", "тыс", "млн", "млрд", "обл", "см", "км", "кг", "тел", "каб", "эт",
            "под", "шт", "чел", "мин", "сек", "др", "ок", "зам", "нач", "зав", "гл", "ген", "тов", "дер", "снт", "наб",
            "туп", "ца", "сп", "адм", "соц", "мед", "вет", "проф", "доц", "пом", "св", "ед", "кол", "тр");

    private static final class Worker {
        private final Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(c -> isLetterOrDigit(c) || c == '*');
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        private final RussianStemmer stemmer = new RussianStemmer();
        private final Map<String, String> stemCache = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        // positions in plain arrays, grown as needed: boxed lists cost an allocation per word
        private boolean[] caps = new boolean[64];
        private int[] starts = new int[64];
        private int[] ends = new int[64];

        AnalyzedText analyze(String raw) {
            String text = normalize(raw);
            words.clear();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String w = term.toString();
                    int at = words.size();
                    if (at == starts.length) {
                        caps = java.util.Arrays.copyOf(caps, at * 2);
                        starts = java.util.Arrays.copyOf(starts, at * 2);
                        ends = java.util.Arrays.copyOf(ends, at * 2);
                    }
                    caps[at] = Character.isUpperCase(w.charAt(0));
                    words.add(w.toLowerCase(RU));
                    starts[at] = offset.startOffset();
                    ends[at] = offset.endOffset();
                }
                tokenizer.end();
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("reading from a string cannot fail", e);
            }
            int n = words.size();
            String[] w = words.toArray(new String[0]);
            String[] stems = new String[n];
            boolean[] capitalized = new boolean[n];
            int[] sentence = new int[n];
            byte[] marks = new byte[n];
            int s = 0;
            int angle = 0;
            boolean straight = false;
            for (int k = 0; k < n; k++) {
                if (k > 0 && endsSentence(text, ends[k - 1], starts[k])) {
                    s++;
                }
                if (k > 0) {
                    marks[k] = marks(text, ends[k - 1], starts[k]);
                }
                // «…», „…“ and "…" around a word: what someone else said, when a verb of speech introduces it
                for (int c = k > 0 ? ends[k - 1] : 0; c < starts[k]; c++) {
                    char q = text.charAt(c);
                    if (q == '«' || q == '„') {
                        angle++;
                    } else if ((q == '»' || q == '“') && angle > 0) {
                        angle--;
                    } else if (q == '"') {
                        straight = !straight;
                    }
                }
                if (angle > 0 || straight) {
                    marks[k] |= AnalyzedText.QUOTED;
                }
                sentence[k] = s;
                capitalized[k] = caps[k];
                stems[k] = stem(w[k]);
            }
            return new AnalyzedText(w, stems, capitalized, sentence, marks, joined(text, w, soundReadings(raw)));
        }

        /**
         * «pizdец», «bлять»: in a word of Cyrillic and Latin letters a Latin letter is either a look-alike («сpaзу»,
         * p for р) or a letter typed for its sound (p for п). The analysis reads look-alikes; this is the other
         * reading, for the filter, of each mixed word where the two differ.
         */
        private static List<String> soundReadings(String raw) {
            List<String> out = null;
            int n = raw.length();
            int i = 0;
            while (i < n) {
                if (!isLetterOrDigit(raw.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                boolean latin = false;
                boolean cyrillic = false;
                while (i < n && isLetterOrDigit(raw.charAt(i))) {
                    char c = raw.charAt(i);
                    latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    cyrillic |= isCyrillic(c);
                    i++;
                }
                if (latin && cyrillic) {
                    String heard = heard(raw.substring(start, i).toLowerCase(RU));
                    if (!heard.equals(normalizeWord(raw.substring(start, i)))) {
                        if (out == null) {
                            out = new ArrayList<>(1);
                        }
                        out.add(heard);
                    }
                }
            }
            return out == null ? List.of() : out;
        }


        /** The commas and dashes between two words; a hyphen inside a word («Озек-Суат») is no dash. */
        private static byte marks(String text, int from, int to) {
            byte m = 0;
            boolean space = false;
            boolean hyphen = false;
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c == ',' || c == ':') {
                    m |= AnalyzedText.COMMA;
                } else if (c == '—' || c == '–') {
                    m |= AnalyzedText.DASH;
                } else if (c == '-') {
                    hyphen = true;
                } else if (Character.isWhitespace(c)) {
                    space = true;
                }
            }
            return hyphen && space ? (byte) (m | AnalyzedText.DASH) : m;
        }

        private static boolean endsSentence(String text, int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
                    // "ул. Мира", "д. 5", "А. С. Петров": a dot after an abbreviation or an initial does not end a
                    // sentence; after a short word it does ("в МФЦ. Пиявки…", "одно и то же. Сделайте")
                    return c != '.' || !abbreviation(text, lastSpace(text, from), from);
                }
            }
            return false;
        }

        private static boolean abbreviation(String text, int start, int end) {
            if (end - start == 1) {
                return Character.isLetter(text.charAt(start));
            }
            return end - start <= 5 && ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(RU));
        }

        private static int lastSpace(String text, int end) {
            int k = end - 1;
            while (k >= 0 && Character.isLetterOrDigit(text.charAt(k))) {
                k--;
            }
            return k + 1;
        }

        /** Runs of three or more one-letter words with short gaps: a word spelt out to dodge a filter. */
        private List<String> joined(String text, String[] w, List<String> heard) {
            List<String> out = heard.isEmpty() ? null : new ArrayList<>(heard);
            int k = 0;
            while (k < w.length) {
                if (w[k].length() != 1 || !Character.isLetter(w[k].charAt(0))) {
                    k++;
                    continue;
                }
                int j = k + 1;
                while (j < w.length && w[j].length() == 1 && Character.isLetter(w[j].charAt(0))
                        && shortGap(text, ends[j - 1], starts[j])) {
                    j++;
                }
                if (j - k >= 3) {
                    StringBuilder sb = new StringBuilder();
                    for (int m = k; m < j; m++) {
                        sb.append(w[m]);
                    }
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    // «x у й н я»: a lone Latin letter stayed Latin; among Russian letters it is a look-alike
                    out.add(normalizeWord(sb.toString()));
                }
                k = j;
            }
            return out == null ? List.of() : out;
        }

        private static boolean shortGap(String text, int from, int to) {
            if (to - from > 2) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (SPLIT_SEPARATORS.indexOf(text.charAt(k)) < 0) {
                    return false;
                }
            }
            return true;
        }

        private String stem(String word) {
            if (word.indexOf('*') >= 0 || word.length() < 3) {
                return word;
            }
            String cached = stemCache.get(word);
            if (cached != null) {
                return cached;
            }
            stemmer.setCurrent(word);
            stemmer.stem();
            // the models' tables are keyed by interned stems: a lookup then hits on identity with a remembered hash
            // (CategorizerSet). Interned strings nobody refers to are collected, so hostile words do not pile up.
            String s = stemmer.getCurrent().intern();
            if (stemCache.size() >= STEM_CACHE_LIMIT) {
                stemCache.clear();
            }
            stemCache.put(word, s);
            return s;
        }
    }
}
