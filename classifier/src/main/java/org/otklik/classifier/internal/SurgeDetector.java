package org.otklik.classifier.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Counts posts on one topic and place within a sliding window; a surge (many people reporting the same problem
 * in the same place) makes the post important. Fed in order of publication; keeps only what the window holds.
 * Thread-safe.
 */
public final class SurgeDetector {
    private static final int MAX_KEYS = 100_000;

    private final Duration window;
    private final int threshold;
    private final Map<String, Deque<Instant>> seen = new HashMap<>();
    private Instant latest = Instant.EPOCH;

    public SurgeDetector(Duration window, int threshold) {
        this.window = window;
        this.threshold = threshold;
    }

    /** Records a post; returns how many posts on this key the window holds, this one included. */
    public synchronized int record(String key, Instant at) {
        if (at.isAfter(latest)) {
            latest = at;
        }
        Instant from = latest.minus(window);
        if (seen.size() > MAX_KEYS) {
            evictOld(from);
        }
        Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
            times.pollFirst();
        }
        if (!at.isBefore(from)) {
            times.addLast(at);
        }
        return times.size();
    }

    public int threshold() {
        return threshold;
    }

    private void evictOld(Instant from) {
        for (Iterator<Deque<Instant>> it = seen.values().iterator(); it.hasNext(); ) {
            Deque<Instant> d = it.next();
            while (!d.isEmpty() && d.peekFirst().isBefore(from)) {
                d.pollFirst();
            }
            if (d.isEmpty()) {
                it.remove();
            }
        }
    }
}
