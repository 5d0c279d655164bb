package org.otklik.core;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A municipality Otklik serves: its name, time zone and gazetteer of settlements and streets.
 *
 * @param id the profile id a post's {@code municipality} field uses ({@code khasyn}, {@code yelets}, …)
 * @param places settlements first (the administrative centre first of all), then streets and landmarks
 */
public record Municipality(String id, String name, String region, ZoneId zone, List<Place> places) {
    public Municipality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        places = List.copyOf(places);
    }

    public List<Place> settlements() {
        return places.stream().filter(Place::isSettlement).toList();
    }

    public List<Place> streets() {
        return places.stream().filter(Place::isStreet).toList();
    }

    public List<Place> landmarks() {
        return places.stream().filter(Place::isLandmark).toList();
    }
}
