package org.otklik.config.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it stood on, so that every validation error can name it.
 * Jackson's own tree drops locations; this one keeps them.
 */
public sealed interface YamlNode {
    int line();

    /** {@code null} stands for YAML's null ({@code ~}, an empty value). */
    record Scalar(int line, String value) implements YamlNode {
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
    }

    /** Keys in file order; {@code keyLines} holds the line each key stood on. */
    record Mapping(int line, LinkedHashMap<String, YamlNode> entries, Map<String, Integer> keyLines) implements YamlNode {
    }

    default String describe() {
        return switch (this) {
            case Scalar s -> s.value() == null ? "an empty value" : "a single value";
            case Sequence s -> "a list";
            case Mapping m -> "a map of keys";
        };
    }
}
