package org.otklik.core;

import java.util.Objects;

/**
 * Who does something to a case: a logged-in user, or the system itself (timers, the pipeline).
 *
 * @param login the user's login, written to the audit log
 * @param municipality the one municipality whose cases this actor may see
 * @param department the executor id an executor or head belongs to, else null
 */
public record Actor(String login, Role role, String municipality, String department) {
    public static final String SYSTEM_LOGIN = "system";

    public Actor {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
    }

    /** The pipeline and the timers act as the system, with a curator's reach in one municipality. */
    public static Actor system(String municipality) {
        return new Actor(SYSTEM_LOGIN, Role.ADMIN, municipality, null);
    }
}
