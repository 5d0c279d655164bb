package org.otklik.dashboard;

import java.util.List;

/** The department (and co-executors) the routing table proposes for a case; the curator may choose otherwise. */
public record RouteProposal(String executor, List<String> coExecutors) {
    public RouteProposal {
        coExecutors = List.copyOf(coExecutors);
    }
}
