package org.otklik.dispatcher;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends a notification through every channel; one failing channel is logged and counted, never stops the others. */
public final class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final List<NotificationChannel> channels;
    private final AtomicLong failures = new AtomicLong();

    public Notifier(List<NotificationChannel> channels) {
        this.channels = List.copyOf(channels);
    }

    public static Notifier none() {
        return new Notifier(List.of());
    }

    /** Returns how many channels took it. */
    public int send(Notification n) {
        int ok = 0;
        for (NotificationChannel ch : channels) {
            try {
                ch.send(n);
                ok++;
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                LOG.warn("notification '{}' of {} not sent through {}: {}", n.kind(), n.municipality(),
                        ch.getClass().getSimpleName(), e.toString());
            }
        }
        return ok;
    }

    public long failures() {
        return failures.get();
    }
}
