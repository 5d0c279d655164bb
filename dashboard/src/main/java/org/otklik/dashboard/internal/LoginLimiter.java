package org.otklik.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one IP and login within
 * {@link #WINDOW}, further attempts for that pair are refused until the oldest failure leaves the window.
 * Checked before the password is hashed, so a flood costs the server nothing.
 */
public final class LoginLimiter {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginLimiter(Clock clock) {
        this.clock = clock;
    }

    public boolean blocked(String ip, String login) {
        Deque<Instant> d = failures.get(key(ip, login));
        if (d == null) {
            return false;
        }
        synchronized (d) {
            prune(d);
            return d.size() >= MAX_FAILURES;
        }
    }

    public void failed(String ip, String login) {
        Deque<Instant> d = failures.computeIfAbsent(key(ip, login), k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d);
            d.addLast(clock.instant());
        }
    }

    public void succeeded(String ip, String login) {
        failures.remove(key(ip, login));
    }

    private void prune(Deque<Instant> d) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) {
            d.removeFirst();
        }
    }

    private static String key(String ip, String login) {
        String l = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return ip + "|" + (l.length() > 64 ? l.substring(0, 64) : l);
    }
}
