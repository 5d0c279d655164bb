package org.otklik.dispatcher;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.otklik.core.Case;
import org.otklik.core.Executor;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;
import org.otklik.core.Topic;

/**
 * One municipality's part of {@code config/routing.yaml}: who routes a topic (and settlement) to which executor,
 * who approves drafts, and what the term after an interim answer is for.
 *
 * @param approvers roles that approve drafts or send them back: {@code head} (of the case's department) and/or
 *                  {@code curator}
 * @param finalDraftAfterInterim true where the regulation gives the term after an interim answer for the final
 *                  <em>draft</em> (Нефтекумск п. 15, Ключевский п. 9, Елец п. 9), false where it is for the final answer
 * @param staff members, deputies and absences of the departments
 */
public record DispatchRules(String municipality, List<Route> routes, Set<Role> approvers, boolean finalDraftAfterInterim,
                            Staff staff) {

    /** The department name violations of the curator's steps are booked against. */
    public static final String CURATOR = "curator";

    /** A routing line: topic, optionally only in one settlement, to an executor. */
    public record Route(Topic topic, String settlement, String executor) {
        public Route {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(executor, "executor");
        }
    }

    public DispatchRules {
        routes = List.copyOf(routes);
        approvers = Set.copyOf(approvers);
        Objects.requireNonNull(staff, "staff");
    }

    public static DispatchRules defaults(String municipality) {
        return new DispatchRules(municipality, List.of(), Set.of(Role.HEAD, Role.CURATOR), false, Staff.EMPTY);
    }

    /**
     * The executor for a topic and settlement: a settlement-specific line first, then a topic line, then the first
     * executor of the profile competent for the topic.
     */
    public Optional<String> executorFor(Topic topic, String settlement, RegulationProfile profile) {
        if (topic == null) {
            return Optional.empty();
        }
        if (settlement != null) {
            for (Route r : routes) {
                if (r.topic() == topic && settlement.equalsIgnoreCase(r.settlement())) {
                    return Optional.of(r.executor());
                }
            }
        }
        for (Route r : routes) {
            if (r.topic() == topic && r.settlement() == null) {
                return Optional.of(r.executor());
            }
        }
        return profile.executors().stream().filter(e -> e.topics().contains(topic)).map(Executor::id).findFirst();
    }

    /** Lead executor for the lead topic, co-executors for the other topics (each department once). */
    public Assignment assignmentFor(Case k, RegulationProfile profile) {
        String settlement = k.location() == null ? null : k.location().settlement();
        String lead = null;
        java.util.LinkedHashSet<String> co = new java.util.LinkedHashSet<>();
        for (Topic t : k.topics()) {
            Optional<String> e = executorFor(t, settlement, profile);
            if (e.isEmpty()) {
                continue;
            }
            if (lead == null) {
                lead = e.get();
            } else if (!e.get().equals(lead)) {
                co.add(e.get());
            }
        }
        return new Assignment(lead, List.copyOf(co));
    }

    /** A suggested routing. {@code executor} is null when no line matches. */
    public record Assignment(String executor, List<String> coExecutors) {
    }
}
