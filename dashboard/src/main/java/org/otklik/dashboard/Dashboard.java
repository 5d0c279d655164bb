package org.otklik.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.otklik.core.ProductionCalendar;
import org.otklik.core.RegulationProfile;
import org.otklik.dashboard.internal.JteRenderer;
import org.otklik.dashboard.internal.Routes;
import org.otklik.store.Store;

/**
 * The dashboard web server. Built by hand from its parts; {@link #start(String, int)} binds it (port 0: any free port).
 *
 * @see CaseActions the workflow port the dispatcher implements
 */
public final class Dashboard implements AutoCloseable {
    private final Javalin app;

    /**
     * @param search may be null: the feed then works without full-text search
     */
    public Dashboard(Store store, Map<String, RegulationProfile> profiles, ProductionCalendar calendar, Users users,
                     CaseActions actions, DraftCheck draftCheck, SearchIndex search, Clock clock) {
        this(store, profiles, users, actions, draftCheck, new StepDeadlines(profiles, calendar, clock), search, clock);
    }

    /**
     * @param deadlines how the board reads a case's running deadline (the dispatcher's rules in {@code serve})
     * @param search may be null: the feed then works without full-text search
     */
    public Dashboard(Store store, Map<String, RegulationProfile> profiles, Users users, CaseActions actions,
                     DraftCheck draftCheck, CaseDeadlines deadlines, SearchIndex search, Clock clock) {
        Objects.requireNonNull(store, "store");
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Routes routes = new Routes(store, profiles, users, actions, draftCheck, search,
                deadlines, clock, json);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 256 * 1024;
            config.jsonMapper(new JavalinJackson(json, false));
            config.fileRenderer(new JteRenderer());
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/org/otklik/dashboard/static";
                s.location = Location.CLASSPATH;
            });
            routes.register(config);
        });
    }

    public Dashboard start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The bound port (useful after starting on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
