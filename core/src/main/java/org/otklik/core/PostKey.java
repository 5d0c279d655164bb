package org.otklik.core;

import java.util.Objects;

/** What makes a post the same post on every poll: the network, the source it was read from and the network's own id. */
public record PostKey(Network network, String source, String externalId) {
    public PostKey {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
    }

    @Override
    public String toString() {
        return network.code() + ":" + source + ":" + externalId;
    }
}
