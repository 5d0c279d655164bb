package org.otklik.classifier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Word patterns of the filter dictionaries, matched on normalised words: {@code слово} (that word),
 * {@code корень*} (begins so), {@code *корень} (ends so), {@code *корень*} (contains). Patterns keep the
 * dictionary line they came from, so a verdict can name it. Safe from many threads.
 */
public final class WordPatterns {

    /** A dictionary pattern and where it was written. */
    public record Entry(String pattern, String core, String where) {
    }

    private static final int MEMO_LIMIT = 100_000;
    private static final Entry NONE = new Entry("", "", "");

    private final Map<String, Entry> exact = new HashMap<>();
    private final Map<String, Entry> prefixes = new HashMap<>();
    private final Map<String, Entry> suffixes = new HashMap<>();
    private final List<Entry> infixes = new ArrayList<>();
    private final Map<String, Entry> memo = new ConcurrentHashMap<>();
    private int minPrefix = Integer.MAX_VALUE;
    private int minSuffix = Integer.MAX_VALUE;

    /**
     * Adds a pattern; returns an error message when the pattern is not usable, else null.
     * The pattern is normalised as words are ({@code ё}→{@code е}, lowercase).
     */
    public String add(String raw, String where) {
        String p = raw.strip();
        boolean starts = p.startsWith("*");
        boolean ends = p.endsWith("*") && p.length() > 1;
        String core = RussianAnalysis.normalizeWord(p.substring(starts ? 1 : 0, ends ? p.length() - 1 : p.length()));
        if (core.length() < ((starts || ends) ? 2 : 1) || !core.chars().allMatch(Character::isLetter)) {
            return "'" + raw + "' must be letters (at least 2 beside a *) with an optional * at the start or end";
        }
        Entry e = new Entry(p, core, where);
        Map<String, Entry> target = starts && ends ? null : starts ? suffixes : ends ? prefixes : exact;
        if (target == null) {
            infixes.add(e);
        } else {
            Entry before = target.putIfAbsent(core, e);
            if (before != null) {
                return "'" + raw + "' is already listed at " + before.where();
            }
            if (target == prefixes) {
                minPrefix = Math.min(minPrefix, core.length());
            } else if (target == suffixes) {
                minSuffix = Math.min(minSuffix, core.length());
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return exact.isEmpty() && prefixes.isEmpty() && suffixes.isEmpty() && infixes.isEmpty();
    }

    /** The entry a normalised word matches, or null. */
    public Entry match(String word) {
        Entry m = memo.get(word);
        if (m == null) {
            m = compute(word);
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            memo.put(word, m);
        }
        return m == NONE ? null : m;
    }

    /** The literal cores of every pattern: what a masked word ({@code х*й}) is compared with. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(exact.values());
        all.addAll(prefixes.values());
        all.addAll(suffixes.values());
        all.addAll(infixes);
        return all;
    }

    private Entry compute(String word) {
        Entry e = exact.get(word);
        if (e != null) {
            return e;
        }
        for (int k = minPrefix; k <= word.length() && !prefixes.isEmpty(); k++) {
            e = prefixes.get(word.substring(0, k));
            if (e != null) {
                return e;
            }
        }
        for (int k = minSuffix; k <= word.length() && !suffixes.isEmpty(); k++) {
            e = suffixes.get(word.substring(word.length() - k));
            if (e != null) {
                return e;
            }
        }
        for (Entry x : infixes) {
            if (word.contains(x.core())) {
                return x;
            }
        }
        return NONE;
    }

    /** A regular expression for a masked word: each run of {@code *} stands for one to three letters. */
    public static Pattern maskPattern(String masked) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < masked.length()) {
            char c = masked.charAt(i);
            if (c == '*') {
                int j = i;
                while (j < masked.length() && masked.charAt(j) == '*') {
                    j++;
                }
                re.append("\\p{L}{1,").append(Math.max(3, j - i)).append('}');
                i = j;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(re.toString());
    }
}
