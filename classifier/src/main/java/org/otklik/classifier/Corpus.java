package org.otklik.classifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.otklik.config.ConfigException;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Topic;

/**
 * Labeled JSONL files: the training corpus ({@code config/training/*.jsonl}) and evaluation sets. Two label forms
 * are read: {@code "expect":{"relevant","topics","settlement","street","importance","filter"}} and the filter-only
 * {@code "expect":{"excluded":bool}}. A malformed line is an error naming file and line.
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** Every {@code *.jsonl} file of a directory, in name order; an absent directory is an empty corpus. */
    public static List<LabeledPost> readDirectory(Path dir) {
        List<LabeledPost> out = new ArrayList<>();
        for (Path f : files(dir)) {
            out.addAll(read(f));
        }
        return out;
    }

    public static List<Path> files(Path dir) {
        return files(dir, ".jsonl");
    }

    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(dir, 0, null, "cannot list: " + e.getMessage(), e);
        }
    }

    /** A hash of the corpus' bytes: a trained model is reused only for exactly the corpus it was trained on. */
    public static String hash(Path dir, String salt) {
        return hash(dir, salt, ".jsonl");
    }

    /** A hash of the bytes of the files of {@code dir} whose names end with {@code suffix}. */
    public static String hash(Path dir, String salt, String suffix) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(salt.getBytes(StandardCharsets.UTF_8));
            for (Path f : files(dir, suffix)) {
                d.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                d.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(d.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new ConfigException(dir, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    public static List<LabeledPost> read(Path file) {
        List<LabeledPost> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                out.add(parse(file, n, line));
            }
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    static LabeledPost parse(Path file, int n, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, n, null, "not valid JSON: " + e.getOriginalMessage());
        }
        try {
            JsonNode e = node.get("expect");
            if (e == null || !e.isObject()) {
                throw new IllegalArgumentException("expect: is required");
            }
            return new LabeledPost(PostJson.post(node), n, expected(e));
        } catch (IllegalArgumentException ex) {
            throw new ConfigException(file, n, null, ex.getMessage());
        }
    }

    private static LabeledPost.Expected expected(JsonNode e) {
        Boolean relevant = e.hasNonNull("relevant") ? e.get("relevant").asBoolean() : null;
        List<Topic> topics = null;
        if (e.has("topics") && e.get("topics").isArray()) {
            topics = new ArrayList<>();
            for (JsonNode t : e.get("topics")) {
                topics.add(field("expect.topics", () -> Topic.fromCode(t.asText())));
            }
        }
        String settlement = e.hasNonNull("settlement") ? e.get("settlement").asText() : null;
        String street = e.hasNonNull("street") ? e.get("street").asText() : null;
        Importance importance = e.hasNonNull("importance") ? field("expect.importance", () -> Importance.fromCode(e.get("importance").asText())) : null;
        FilterVerdict filter = e.hasNonNull("filter") ? field("expect.filter", () -> FilterVerdict.fromCode(e.get("filter").asText())) : null;
        Boolean excluded = e.hasNonNull("excluded") ? Boolean.valueOf(e.get("excluded").asBoolean()) : filter == null ? null : filter.excludes();
        return new LabeledPost.Expected(relevant, topics, settlement, street, importance, filter, excluded);
    }

    private static <T> T field(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(name + ": " + ex.getMessage(), ex);
        }
    }
}
