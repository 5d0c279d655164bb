package org.otklik.dashboard;

import java.time.Instant;

/**
 * A text written on a case: a draft, an interim answer, the answer, a co-executor's contribution.
 *
 * @param kind {@code draft}, {@code interim}, {@code answer} or {@code contribution}
 */
public record CaseText(String kind, String author, Instant at, String text) {
}
