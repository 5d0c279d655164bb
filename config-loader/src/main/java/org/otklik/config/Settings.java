package org.otklik.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.otklik.config.internal.Fields;

/**
 * {@code otklik.yaml}: where data lives, which database, which port, which municipalities are served.
 * Environment variables {@code OTKLIK_DB_URL}, {@code OTKLIK_DB_USER} and {@code OTKLIK_PORT} override the file,
 * so an operator switches to PostgreSQL without editing committed config.
 *
 * @param databaseUrl JDBC URL; the default is an H2 file under {@code dataDir}
 * @param databasePassword the password, from the variable the file names
 */
public record Settings(Path dataDir, String databaseUrl, String databaseUser, Secret databasePassword,
                       int port, List<String> municipalities) {

    public static Settings load(Path file, Secrets secrets, java.util.Map<String, String> env) {
        Path base = file.toAbsolutePath().getParent().getParent();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file, 0, null, "file is missing");
        }
        Fields f = Fields.of(file);
        Path dataDir = base.resolve(f.string("data_dir", "data")).normalize();
        String url = null;
        String user = "otklik";
        String passwordEnv = "OTKLIK_DB_PASSWORD";
        if (f.has("database")) {
            Fields db = f.map("database");
            url = db.string("url", null);
            user = db.string("user", user);
            passwordEnv = db.string("password_env", passwordEnv);
            if (db.has("password")) {
                throw db.error("password", "passwords never go into config files: set the variable named by password_env ("
                        + passwordEnv + ") or put it in the secrets file");
            }
            db.done();
        } else {
            f.string("database", null);
        }
        int port = f.integer("port", 0, 65535, 8080);
        List<String> municipalities = f.scalars("municipalities", s -> {
            if (!s.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("'" + s + "' is not a municipality id");
            }
            return s;
        });
        f.done();
        if (env.containsKey("OTKLIK_DB_URL") && !env.get("OTKLIK_DB_URL").isBlank()) {
            url = env.get("OTKLIK_DB_URL");
        }
        if (env.containsKey("OTKLIK_DB_USER") && !env.get("OTKLIK_DB_USER").isBlank()) {
            user = env.get("OTKLIK_DB_USER");
        }
        if (env.containsKey("OTKLIK_PORT") && !env.get("OTKLIK_PORT").isBlank()) {
            try {
                port = Integer.parseInt(env.get("OTKLIK_PORT").strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(null, 0, "OTKLIK_PORT", "environment variable is not a port number");
            }
        }
        if (url == null) {
            url = "jdbc:h2:file:" + dataDir.resolve("otklik").toString().replace('\\', '/');
        }
        return new Settings(dataDir, url, user, secrets.get(passwordEnv), port, municipalities);
    }
}
