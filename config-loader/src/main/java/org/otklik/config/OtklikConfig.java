package org.otklik.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.otklik.core.ProductionCalendar;
import org.otklik.core.RegulationProfile;
import org.otklik.core.WorkingCalendar;

/**
 * The whole validated configuration directory: settings, production calendar and every served
 * municipality's profile. Other modules read their own files (dictionaries, sources, routing) from {@link #dir()}.
 */
public record OtklikConfig(Path dir, Settings settings, ProductionCalendar calendar, Map<String, RegulationProfile> profiles) {

    public OtklikConfig {
        profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }

    public static OtklikConfig load(Path dir) {
        return load(dir, Secrets.fromEnvironment(), System.getenv());
    }

    public static OtklikConfig load(Path dir, Secrets secrets, Map<String, String> env) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir, 0, null, "config directory is missing");
        }
        Settings settings = Settings.load(dir.resolve("otklik.yaml"), secrets, env);
        ProductionCalendar calendar = CalendarFiles.load(dir.resolve("calendar"));
        Map<String, RegulationProfile> profiles = new LinkedHashMap<>();
        for (String id : settings.municipalities()) {
            Path m = dir.resolve("municipalities").resolve(id);
            if (!Files.isDirectory(m)) {
                throw new ConfigException(dir.resolve("otklik.yaml"), 0, "municipalities",
                        "'" + id + "' has no directory " + m);
            }
            profiles.put(id, ProfileFiles.load(m));
        }
        return new OtklikConfig(dir, settings, calendar, profiles);
    }

    public RegulationProfile profile(String id) {
        RegulationProfile p = profiles.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown municipality '" + id + "'; configured: " + String.join(", ", profiles.keySet()));
        }
        return p;
    }

    public WorkingCalendar workingCalendar(String municipality) {
        return profile(municipality).calendar(calendar);
    }
}
