package org.otklik.dashboard;

import java.util.Objects;
import org.otklik.core.Actor;
import org.otklik.core.Role;

/**
 * A person who logs in to the dashboard.
 *
 * @param name shown in the header, e.g. the position
 * @param municipality the one municipality whose posts and cases this user sees
 * @param department the executor id for an executor or head, else null
 */
public record User(String login, String name, Role role, String municipality, String department, PasswordHash password) {
    public User {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(password, "password");
        if ((role == Role.EXECUTOR || role == Role.HEAD) && department == null) {
            throw new IllegalArgumentException("an executor or head must be bound to a department");
        }
    }

    public Actor actor() {
        return new Actor(login, role, municipality, department);
    }
}
