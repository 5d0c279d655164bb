package org.otklik.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otklik.config.ConfigException;
import org.otklik.config.internal.Fields;
import org.otklik.core.RegulationProfile;
import org.otklik.core.Role;

/** The dashboard's users, read from {@code config/users.yaml}, checked against the configured municipalities and executors. */
public final class Users {
    private final Map<String, User> byLogin;

    public Users(List<User> users) {
        Map<String, User> m = new LinkedHashMap<>();
        for (User u : users) {
            if (m.put(u.login(), u) != null) {
                throw new IllegalArgumentException("login '" + u.login() + "' is given twice");
            }
        }
        this.byLogin = java.util.Collections.unmodifiableMap(m);
    }

    /** Reads the file; a missing file is no users (the dashboard then lets nobody in, and serve says so). */
    public static Users load(Path file, Map<String, RegulationProfile> profiles) {
        if (!Files.isRegularFile(file)) {
            return new Users(List.of());
        }
        Fields f = Fields.of(file);
        Map<String, User> out = new LinkedHashMap<>();
        for (Fields u : f.maps("users")) {
            String login = u.as("login", s -> {
                if (!s.matches("[A-Za-z0-9_.-]{2,64}")) {
                    throw new IllegalArgumentException("'" + s + "' is not a login: latin letters, digits, _ . - only");
                }
                return s;
            });
            Role role = u.as("role", Role::fromCode);
            String municipality = u.string("municipality");
            RegulationProfile profile = profiles.get(municipality);
            if (profile == null) {
                throw u.error("municipality", "'" + municipality + "' is not a served municipality; served: " + String.join(", ", profiles.keySet()));
            }
            String department = u.string("department", null);
            if ((role == Role.EXECUTOR || role == Role.HEAD) && department == null) {
                throw u.error("role", "an " + role.code() + " needs a department: one of the executor ids of " + municipality);
            }
            if (department != null && profile.executor(department).isEmpty()) {
                throw u.error("department", "'" + department + "' is not an executor of " + municipality);
            }
            String name = u.string("name", login);
            PasswordHash hash = u.as("password_hash", PasswordHash::parse);
            u.done();
            if (out.containsKey(login)) {
                throw new ConfigException(file, u.line(), u.field("login"), "login '" + login + "' is given twice");
            }
            out.put(login, new User(login, name, role, municipality, department, hash));
        }
        f.done();
        return new Users(List.copyOf(out.values()));
    }

    public Optional<User> get(String login) {
        return Optional.ofNullable(byLogin.get(login));
    }

    public List<User> all() {
        return List.copyOf(byLogin.values());
    }

    public boolean isEmpty() {
        return byLogin.isEmpty();
    }

    /** These users plus others (demo users added at startup). */
    public Users with(List<User> more) {
        List<User> all = new java.util.ArrayList<>(byLogin.values());
        all.addAll(more);
        return new Users(all);
    }
}
