package org.otklik.crawler;

/**
 * The outcome of publishing an answer.
 *
 * @param published true when the network now shows the answer; false when the specialist must publish it by hand
 * @param url where the answer is (published) or where to publish it (manual)
 * @param externalId the network's id of the new comment, or null
 */
public record Publication(boolean published, String url, String externalId, String note) {
    public static Publication manual(String url, String why) {
        return new Publication(false, url, null, why);
    }
}
