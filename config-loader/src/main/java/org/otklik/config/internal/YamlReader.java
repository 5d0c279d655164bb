package org.otklik.config.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otklik.config.ConfigException;

/** Parses a YAML file with Jackson's streaming parser into {@link YamlNode}s that keep their lines. */
public final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    public static YamlNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser p = FACTORY.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(1, new LinkedHashMap<>(), new HashMap<>());
            }
            return value(p, file);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ConfigException(file, loc == null ? 0 : loc.getLineNr(), null,
                    "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file, 0, null, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static YamlNode value(JsonParser p, Path file) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    if (entries.containsKey(key)) {
                        throw new ConfigException(file, keyLine, key, "duplicate key (first at line " + keyLines.get(key) + ")");
                    }
                    p.nextToken();
                    entries.put(key, value(p, file));
                    keyLines.put(key, keyLine);
                }
                return new YamlNode.Mapping(line, entries, keyLines);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, file));
                }
                return new YamlNode.Sequence(line, items);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(line, null);
            }
            default -> {
                return new YamlNode.Scalar(line, p.getText());
            }
        }
    }
}
