package org.otklik.classifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.otklik.core.Classification;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/** The JSON contract of DESIGN.md for a post (input of {@code classify}) and a classification (its output). */
public final class PostJson {
    /** Posts given without a source, as on {@code classify}'s standard input. */
    public static final String NO_SOURCE = "stdin";

    private PostJson() {
    }

    /** A post from its JSON object; only {@code id} and {@code text} are required. Throws IllegalArgumentException naming the field. */
    public static Post post(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String id = text(n, "id");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: is required");
        }
        if (!n.hasNonNull("text") || !n.get("text").isTextual()) {
            throw new IllegalArgumentException("text: is required and must be a string");
        }
        Network network;
        try {
            network = n.hasNonNull("network") ? Network.fromCode(text(n, "network")) : Network.WEB;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("network: " + e.getMessage(), e);
        }
        String source = n.hasNonNull("source") ? text(n, "source") : NO_SOURCE;
        Instant published = null;
        if (n.hasNonNull("published_at")) {
            String v = text(n, "published_at");
            try {
                published = OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    published = Instant.parse(v);
                } catch (DateTimeParseException e2) {
                    throw new IllegalArgumentException("published_at: '" + v + "' is not an ISO-8601 date-time with offset", e2);
                }
            }
        }
        return new Post(network, source, id, text(n, "municipality"), text(n, "author"), n.get("text").asText(), text(n, "url"),
                published, text(n, "parent_id"), count(n, "likes"), count(n, "reposts"), count(n, "comments"), count(n, "views"));
    }

    public static ObjectNode classification(Classification c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", c.postId());
        o.put("relevant", c.relevant());
        ArrayNode topics = o.putArray("topics");
        for (Topic t : c.topics()) {
            topics.add(t.code());
        }
        if (c.location() == null) {
            o.putNull("location");
        } else {
            ObjectNode l = o.putObject("location");
            l.put("municipality", c.location().municipality());
            l.put("settlement", c.location().settlement());
            l.put("street", c.location().street());
            l.put("house", c.location().house());
        }
        o.put("importance", c.importance().code());
        o.put("filter", c.filter().code());
        if (c.repeatOf() == null) {
            o.putNull("repeat_of");
        } else {
            o.put("repeat_of", c.repeatOf());
        }
        ArrayNode reasons = o.putArray("reasons");
        c.reasons().forEach(reasons::add);
        return o;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException(field + ": expected a single value");
        }
        return v.asText();
    }

    private static long count(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isNumber() || v.asLong() < 0) {
            throw new IllegalArgumentException(field + ": expected a non-negative whole number");
        }
        return v.asLong();
    }
}
