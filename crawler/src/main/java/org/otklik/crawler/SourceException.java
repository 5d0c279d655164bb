package org.otklik.crawler;

import java.time.Duration;

/** A source could not be read now. {@link #kind()} tells the scheduler how long to leave it alone. */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a read failed. */
    public enum Kind {
        /** The network said "too many requests": retry after a backoff. */
        RATE_LIMITED,
        /** The token is missing, invalid or expired (VK error 5, OK 102/104): retry rarely, an admin must act. */
        AUTH,
        /** The source is private, deleted or banned (VK 15, 18, 30; HTTP 404): retry rarely. */
        GONE,
        /** A timeout, a dropped connection, a 5xx: retry with backoff. */
        TRANSIENT,
        /** The answer was not what the API documents: retry with backoff, the error names what was wrong. */
        MALFORMED
    }

    private final Kind kind;

    public SourceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SourceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The shortest pause before the next try of this source. */
    public Duration minimumPause() {
        return switch (kind) {
            case RATE_LIMITED -> Duration.ofSeconds(5);
            case AUTH, GONE -> Duration.ofMinutes(30);
            case TRANSIENT, MALFORMED -> Duration.ofSeconds(2);
        };
    }

    @Override
    public String toString() {
        return kind + ": " + getMessage();
    }
}
