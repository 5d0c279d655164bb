package org.otklik.dashboard.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.otklik.dashboard.User;

/**
 * Server-side sessions keyed by a random token held in an HttpOnly cookie. Every session, even before login,
 * carries its own CSRF token; logging in replaces the session (and both tokens) to defeat session fixation.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One browser's session; {@code user} is null before login. */
    public record Session(String id, String csrf, User user, Instant lastSeen) {
        Session touched(Instant at) {
            return new Session(id, csrf, user, at);
        }
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    public Session start(User user) {
        Session s = new Session(token(), token(), user, clock.instant());
        byId.put(s.id(), s);
        if (byId.size() > 50_000) {
            expire();
        }
        return s;
    }

    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastSeen().plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session t = s.touched(now);
        byId.put(id, t);
        return Optional.of(t);
    }

    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(IDLE);
        byId.values().removeIf(s -> s.lastSeen().isBefore(cutoff));
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
