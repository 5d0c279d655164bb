package org.otklik.config.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.otklik.config.ConfigException;

/**
 * Typed, validating access to one YAML mapping. Every read names the field's path; {@link #done()}
 * turns any key nobody asked for into an error, so a misspelt key is never silently ignored.
 */
public final class Fields {
    private final Path file;
    private final String path;
    private final YamlNode.Mapping node;
    private final Set<String> read = new HashSet<>();

    public Fields(Path file, String path, YamlNode node) {
        this.file = file;
        this.path = path;
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ConfigException(file, node.line(), path.isEmpty() ? null : path, "expected a map of keys, found " + node.describe());
        }
        this.node = m;
    }

    public static Fields of(Path file) {
        return new Fields(file, "", YamlReader.read(file));
    }

    public Path file() {
        return file;
    }

    public int line() {
        return node.line();
    }

    public Set<String> keys() {
        return node.entries().keySet();
    }

    public boolean has(String key) {
        return node.entries().containsKey(key) && !isNull(node.entries().get(key));
    }

    public String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public int lineOf(String key) {
        Integer l = node.keyLines().get(key);
        return l == null ? node.line() : l;
    }

    public ConfigException error(String key, String problem) {
        return new ConfigException(file, lineOf(key), field(key), problem);
    }

    public YamlNode node(String key) {
        read.add(key);
        YamlNode n = node.entries().get(key);
        if (n == null || isNull(n)) {
            String near = node.entries().keySet().stream().filter(k -> !k.equals(key) && similar(k, key)).findFirst()
                    .map(k -> " (line " + lineOf(k) + " has '" + k + "': misspelt?)").orElse("");
            throw new ConfigException(file, n == null ? node.line() : n.line(), field(key), "is required" + near);
        }
        return n;
    }

    /** Same key but for case, separators or one or two letters: the likely typo of an administrator. */
    static boolean similar(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT).replaceAll("[_\\-\\s]", "");
        String y = b.toLowerCase(java.util.Locale.ROOT).replaceAll("[_\\-\\s]", "");
        if (x.equals(y)) {
            return true;
        }
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()] <= 2;
    }

    public String string(String key) {
        YamlNode n = node(key);
        if (n instanceof YamlNode.Scalar s) {
            String v = s.value().strip();
            if (v.isEmpty()) {
                throw new ConfigException(file, n.line(), field(key), "must not be empty");
            }
            return v;
        }
        throw new ConfigException(file, n.line(), field(key), "expected a single value, found " + n.describe());
    }

    public String string(String key, String fallback) {
        read.add(key);
        return has(key) ? string(key) : fallback;
    }

    /** Converts a scalar, turning the converter's {@link IllegalArgumentException} into a located error. */
    public <T> T as(String key, Function<String, T> converter) {
        String v = string(key);
        try {
            return converter.apply(v);
        } catch (RuntimeException e) {
            throw new ConfigException(file, node(key).line(), field(key), e.getMessage() == null ? "invalid value '" + v + "'" : e.getMessage(), e);
        }
    }

    public <T> T as(String key, Function<String, T> converter, T fallback) {
        read.add(key);
        return has(key) ? as(key, converter) : fallback;
    }

    public int integer(String key, int min, int max, int fallback) {
        read.add(key);
        if (!has(key)) {
            return fallback;
        }
        return as(key, v -> {
            int i;
            try {
                i = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + v + "' is not a whole number");
            }
            if (i < min || i > max) {
                throw new IllegalArgumentException(i + " is out of range " + min + ".." + max);
            }
            return i;
        });
    }

    public boolean bool(String key, boolean fallback) {
        read.add(key);
        if (!has(key)) {
            return fallback;
        }
        return as(key, v -> switch (v) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException("'" + v + "' is not true or false");
        });
    }

    public Fields map(String key) {
        return new Fields(file, field(key), node(key));
    }

    /** The items of a list; an absent key is an empty list. */
    public List<YamlNode> list(String key) {
        read.add(key);
        if (!has(key)) {
            return List.of();
        }
        YamlNode n = node(key);
        if (n instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw new ConfigException(file, n.line(), field(key), "expected a list, found " + n.describe());
    }

    public <T> List<T> scalars(String key, Function<String, T> converter) {
        List<T> out = new ArrayList<>();
        List<YamlNode> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String f = field(key) + "[" + i + "]";
            if (!(item instanceof YamlNode.Scalar s) || s.value() == null) {
                throw new ConfigException(file, item.line(), f, "expected a single value, found " + item.describe());
            }
            try {
                out.add(converter.apply(s.value().strip()));
            } catch (RuntimeException e) {
                throw new ConfigException(file, item.line(), f, e.getMessage() == null ? "invalid value '" + s.value() + "'" : e.getMessage(), e);
            }
        }
        return out;
    }

    public List<Fields> maps(String key) {
        List<Fields> out = new ArrayList<>();
        List<YamlNode> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            out.add(new Fields(file, field(key) + "[" + i + "]", items.get(i)));
        }
        return out;
    }

    /** Every key of this map, for maps keyed by name (deadlines, days of the week). */
    public Map<String, YamlNode> entries() {
        read.addAll(node.entries().keySet());
        return node.entries();
    }

    /** Fails on the first key that was never read. */
    public void done() {
        for (String key : node.entries().keySet()) {
            if (!read.contains(key)) {
                throw new ConfigException(file, lineOf(key), field(key), "unknown key (misspelt? keys here: "
                        + String.join(", ", read.stream().sorted().toList()) + ")");
            }
        }
    }

    private static boolean isNull(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.value() == null;
    }
}
