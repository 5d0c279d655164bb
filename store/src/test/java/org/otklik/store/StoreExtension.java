package org.otklik.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh, migrated {@link Store} on a real database.
 * {@code new StoreExtension(Kind.H2)}: an H2 file in a temporary directory.
 * {@code new StoreExtension(Kind.POSTGRESQL)}: a fresh schema on the server named by {@code OTKLIK_TEST_PG_URL}
 * ({@code .ci/run} starts Debian's PostgreSQL on loopback); the test is skipped, with a message saying why,
 * when no server answers — unless {@code OTKLIK_TEST_PG_REQUIRED=true}, when it fails.
 */
public final class StoreExtension implements BeforeEachCallback, ParameterResolver, AfterEachCallback {

    public enum Kind { H2, POSTGRESQL }

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(StoreExtension.class);

    private final Kind kind;

    public StoreExtension() {
        this(Kind.H2);
    }

    public StoreExtension(Kind kind) {
        this.kind = kind;
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Store.class;
    }

    @Override
    public void beforeEach(ExtensionContext e) {
        // opened here, not in resolveParameter: an abort here reports the test as skipped, not failed
        e.getStore(NS).put("store", kind == Kind.H2 ? h2(e) : postgres(e));
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).get("store", Store.class);
    }

    private static Store h2(ExtensionContext e) {
        try {
            Path dir = Files.createTempDirectory("otklik-store-");
            e.getStore(NS).put("dir", dir);
            return Store.open("jdbc:h2:file:" + dir.resolve("otklik").toString().replace('\\', '/'), "otklik", "");
        } catch (IOException ex) {
            throw new IllegalStateException("cannot create a temporary directory for H2", ex);
        }
    }

    private static Store postgres(ExtensionContext e) {
        String url = System.getenv("OTKLIK_TEST_PG_URL");
        String user = System.getenv().getOrDefault("OTKLIK_TEST_PG_USER", "otklik_test");
        String password = System.getenv().getOrDefault("OTKLIK_TEST_PG_PASSWORD", "otklik_test");
        boolean required = "true".equalsIgnoreCase(System.getenv("OTKLIK_TEST_PG_REQUIRED"));
        if (url == null || url.isBlank()) {
            url = "jdbc:postgresql://127.0.0.1:5432/otklik_test";
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException ex) {
            String why = "PostgreSQL tests skipped: no server at " + url + " (" + ex.getMessage()
                    + "); .ci/run starts one, or set OTKLIK_TEST_PG_URL/USER/PASSWORD";
            if (required) {
                throw new IllegalStateException(why, ex);
            }
            System.err.println(why);
            Assumptions.abort(why);
        }
        e.getStore(NS).put("pg", new String[] {url, user, password, schema});
        String sep = url.contains("?") ? "&" : "?";
        return Store.open(url + sep + "currentSchema=" + schema, user, password);
    }

    @Override
    public void afterEach(ExtensionContext e) throws Exception {
        Store store = e.getStore(NS).remove("store", Store.class);
        if (store != null) {
            store.close();
        }
        String[] pg = e.getStore(NS).remove("pg", String[].class);
        if (pg != null) {
            try (Connection c = DriverManager.getConnection(pg[0], pg[1], pg[2]); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + pg[3] + " CASCADE");
            }
        }
        Path dir = e.getStore(NS).remove("dir", Path.class);
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
