package org.otklik.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A citizen's message under work: who owns it, at which step, and by when the answer is due.
 *
 * @param id store id, 0 before it is stored
 * @param postId store id of the post the case was opened for
 * @param executor id of the lead executor (department), or null before routing
 * @param coExecutors ids of co-executor departments
 * @param detectedAt when the post was detected: every "from detection" deadline counts from here
 * @param answerDueAt the deadline for the published answer, in working time from detection
 * @param repeatOf the earlier case this one repeats, or null
 */
public record Case(
        long id,
        long postId,
        String municipality,
        CaseStep step,
        List<Topic> topics,
        Location location,
        Importance importance,
        String executor,
        List<String> coExecutors,
        Instant detectedAt,
        Instant answerDueAt,
        Long repeatOf,
        Instant updatedAt) {

    public Case {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(step, "step");
        topics = List.copyOf(topics);
        coExecutors = List.copyOf(coExecutors);
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    public Case withStep(CaseStep next, Instant at) {
        return new Case(id, postId, municipality, next, topics, location, importance, executor, coExecutors,
                detectedAt, answerDueAt, repeatOf, at);
    }
}
