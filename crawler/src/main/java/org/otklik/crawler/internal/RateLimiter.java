package org.otklik.crawler.internal;

import java.time.Duration;

/**
 * Keeps one token within "at most N requests a second" as the API counts them, on arrival, whatever the network's
 * jitter. Each request holds one of N slots; a slot is given out again only {@code 1 s + margin} after its previous
 * request's answer came back. Any N+1 requests share a slot somewhere, and the later of two same-slot requests left
 * after the earlier one was answered (so had arrived) plus a second: no N+1 of them can arrive within one second.
 * The price is one round trip per N requests, which is small next to a second.
 */
public final class RateLimiter {
    private static final long IN_FLIGHT = Long.MAX_VALUE;

    /** Hands a slot back when the request's answer (or failure) is in. */
    @FunctionalInterface
    public interface Permit {
        void release();
    }

    private final long windowNanos;
    private final long[] freeAt;
    private int nextSlot;
    private long pausedUntil;

    public RateLimiter(double perSecond, Duration margin) {
        int slots = Math.max(1, (int) Math.floor(perSecond));
        // fractional rates (0.5/s) stretch the window instead of adding a slot
        this.windowNanos = (long) (slots * 1_000_000_000L / perSecond) + margin.toNanos();
        this.freeAt = new long[slots];
        long start = System.nanoTime() - windowNanos;
        java.util.Arrays.fill(freeAt, start);
        this.pausedUntil = start;
    }

    /** Blocks until the caller may send one request; the caller must {@link Permit#release()} when it is answered. */
    public synchronized Permit acquire() throws InterruptedException {
        int slot = nextSlot;
        nextSlot = (nextSlot + 1) % freeAt.length;
        while (true) {
            long now = System.nanoTime();
            if (freeAt[slot] == IN_FLIGHT) {
                wait(50);
                continue;
            }
            long at = Math.max(freeAt[slot] + windowNanos, pausedUntil);
            if (now >= at) {
                break;
            }
            long ms = Math.max(1, (at - now) / 1_000_000);
            wait(ms);
        }
        freeAt[slot] = IN_FLIGHT;
        boolean[] released = new boolean[1];
        return () -> {
            synchronized (RateLimiter.this) {
                if (!released[0]) {
                    released[0] = true;
                    freeAt[slot] = System.nanoTime();
                    RateLimiter.this.notifyAll();
                }
            }
        };
    }

    /** The API said "too many requests" anyway (another client on the same token): nobody sends for {@code pause}. */
    public synchronized void tooManyRequests(Duration pause) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + pause.toNanos());
        notifyAll();
    }

    /** The most requests a second this limiter allows. */
    public double perSecond() {
        return freeAt.length * 1e9 / windowNanos;
    }
}
