package org.otklik.dashboard.internal;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.otklik.store.Store;
import org.otklik.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes logins, logouts, failed and blocked logins, CSRF failures and refusals to the {@code access_log} table.
 * A failure to write is logged and never blocks the user's request.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    private final Store store;
    private final Clock clock;

    AccessLog(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void record(String login, String event, String detail, String ip) {
        try {
            store.transaction("record " + event + " of " + Fmt.snippet(login, 64), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_log (at, login, event, detail, ip) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                    ps.setString(2, bound(login == null || login.isEmpty() ? "-" : login, 200));
                    ps.setString(3, event);
                    ps.setString(4, detail == null ? null : bound(detail, 1000));
                    ps.setString(5, ip == null ? null : bound(ip, 64));
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (StoreException e) {
            LOG.error("access log not written ({} of '{}'): {}", event, Fmt.snippet(login, 64), e.getMessage());
        }
    }

    private static String bound(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
