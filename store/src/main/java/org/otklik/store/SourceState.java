package org.otklik.store;

import java.time.Instant;

/**
 * The crawler's persisted position and health for one source.
 *
 * @param cursor network-specific position (last post id, offset, anchor), null before the first poll
 */
public record SourceState(String sourceId, String cursor, Instant lastSuccessAt, Instant lastErrorAt,
                          String lastError, long postsFetched) {
}
