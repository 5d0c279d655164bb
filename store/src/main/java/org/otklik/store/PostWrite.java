package org.otklik.store;

/**
 * What storing a post did.
 *
 * @param postId the store id of the post
 * @param outcome whether it was new, already known unchanged, or an edit of a known post
 */
public record PostWrite(long postId, Outcome outcome) {
    /** A post seen again with the same text is {@link #UNCHANGED}: nothing is written twice. */
    public enum Outcome { INSERTED, UNCHANGED, EDITED }
}
