package org.otklik.crawler.internal;

import java.time.Duration;

/**
 * Spaces requests of one token evenly: at most {@code perSecond} starts in any one-second window, with a safety
 * margin so that network jitter between our clock and the API's does not push two requests into one window.
 * Evenly spaced requests (rather than bursts) are what keeps VK's error 6 at zero.
 */
public final class RateLimiter {
    private final long spacingNanos;
    private long next;
    private long pausedUntil;

    public RateLimiter(double perSecond, Duration margin) {
        this.spacingNanos = (long) (1_000_000_000L / perSecond) + margin.toNanos();
        this.next = System.nanoTime();
        this.pausedUntil = next;
    }

    /** Blocks until the caller may send one request. */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long at = Math.max(Math.max(next, now), pausedUntil);
            next = at + spacingNanos;
            wait = at - now;
        }
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    /** After the API said "too many requests": nobody sends for {@code pause}. */
    public synchronized void pause(Duration pause) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + pause.toNanos());
    }

    public double perSecond() {
        return 1e9 / spacingNanos;
    }
}
