package org.otklik.dispatcher;

import java.io.IOException;

/** One way of reaching people: Telegram, e-mail, a webhook. */
@FunctionalInterface
public interface NotificationChannel {
    void send(Notification n) throws IOException;
}
