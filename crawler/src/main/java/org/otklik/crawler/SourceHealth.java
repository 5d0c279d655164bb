package org.otklik.crawler;

import static org.otklik.store.SqlInstants.instant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.otklik.store.Store;

/**
 * How a source is doing, for the dashboard.
 *
 * @param lagMillis at the last successful poll: time from the newest post's publication to its storing, or null
 * @param failures polls failed in a row (0 when the last one succeeded)
 * @param lastFetched posts and comments read by the last successful poll
 */
public record SourceHealth(String sourceId, String cursor, Instant lastSuccessAt, Instant lastErrorAt, String lastError,
                           long postsFetched, Long lagMillis, int failures, int lastFetched) {

    public static List<SourceHealth> all(Store store) {
        return store.transaction("read source health", c -> {
            List<SourceHealth> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source_state ORDER BY source_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long lag = rs.getLong("lag_ms");
                    out.add(new SourceHealth(rs.getString("source_id"), rs.getString("cursor_value"), instant(rs, "last_success_at"),
                            instant(rs, "last_error_at"), rs.getString("last_error"), rs.getLong("posts_fetched"),
                            rs.wasNull() ? null : lag, rs.getInt("failures"), rs.getInt("last_fetched")));
                }
            }
            return out;
        });
    }
}
