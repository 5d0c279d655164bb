package org.otklik.crawler;

/**
 * What one poll of one source did.
 *
 * @param error null when the poll succeeded
 */
public record PollSummary(String sourceId, int fetched, int inserted, int edited, int deleted, String error) {
    public boolean ok() {
        return error == null;
    }
}
