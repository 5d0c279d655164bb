package org.otklik.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where tokens and passwords come from: environment variables first, then an optional secrets file
 * ({@code KEY=value} lines, e.g. {@code /etc/otklik/secrets.properties}, readable by the service only).
 * Committed config only ever names a variable, never a value.
 */
public final class Secrets {
    private final Map<String, String> env;
    private final Properties file = new Properties();

    public Secrets(Map<String, String> env, Path secretsFile) {
        this.env = Map.copyOf(env);
        if (secretsFile != null) {
            if (!Files.isRegularFile(secretsFile)) {
                throw new ConfigException(secretsFile, 0, null, "secrets file is missing");
            }
            try (Reader r = Files.newBufferedReader(secretsFile, StandardCharsets.UTF_8)) {
                file.load(r);
            } catch (IOException e) {
                throw new ConfigException(secretsFile, 0, null, "cannot read secrets file: " + e.getMessage(), e);
            }
        }
    }

    public static Secrets fromEnvironment() {
        String f = System.getenv("OTKLIK_SECRETS_FILE");
        return new Secrets(System.getenv(), f == null || f.isBlank() ? null : Path.of(f));
    }

    public Secret get(String name) {
        String v = env.get(name);
        if (v == null || v.isEmpty()) {
            v = file.getProperty(name);
        }
        return new Secret(name, v);
    }
}
