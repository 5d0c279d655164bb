package org.otklik.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-entry-a-line text file as administrators edit them: UTF-8, {@code #} starts a comment,
 * blank lines are skipped; every entry keeps its line number for error messages.
 */
public final class LineFile {

    /** One entry and where it stands. */
    public record Line(Path file, int number, String text) {
        public ConfigException error(String field, String problem) {
            return new ConfigException(file, number, field, problem);
        }
    }

    private LineFile() {
    }

    public static List<Line> read(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, null, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
        List<Line> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String s = raw.get(i);
            if (i == 0 && s.startsWith("\uFEFF")) {
                s = s.substring(1); // Windows Notepad's byte-order mark
            }
            int hash = s.indexOf('#');
            if (hash >= 0) {
                s = s.substring(0, hash);
            }
            s = s.strip();
            if (!s.isEmpty()) {
                out.add(new Line(file, i + 1, s));
            }
        }
        return out;
    }
}
