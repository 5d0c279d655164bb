package org.otklik.dispatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otklik.config.OtklikConfig;
import org.otklik.config.internal.Fields;
import org.otklik.core.Network;
import org.otklik.core.Role;
import org.otklik.core.Topic;

/**
 * The dispatcher's settings: {@code config/routing.yaml} (repeat and surge detection, the due-soon margin,
 * answer length limits, and per municipality routing lines and approvers) and each municipality's optional
 * {@code staff.yaml}. Every error names file, line and field.
 *
 * @param repeatWindowDays how far back an earlier case on the same topic and place makes a new one a repeat
 * @param repeatSimilarity minimal Jaccard similarity of word shingles for a repeat
 * @param surgeWindowMinutes wall-clock window in which {@code surgeThreshold} cases on one topic and place are a surge
 * @param dueSoonMinutes working minutes before a deadline at which it turns "due soon"
 * @param answerLimits longest answer each network accepts, in characters
 */
public record DispatchConfig(int repeatWindowDays, double repeatSimilarity, int surgeWindowMinutes, int surgeThreshold,
                             int dueSoonMinutes, Map<Network, Integer> answerLimits, Map<String, DispatchRules> rules) {

    public DispatchConfig {
        answerLimits = Map.copyOf(answerLimits);
        rules = Map.copyOf(rules);
    }

    public DispatchRules rules(String municipality) {
        DispatchRules r = rules.get(municipality);
        return r == null ? DispatchRules.defaults(municipality) : r;
    }

    /** Reads {@code routing.yaml} and the staff files of every configured municipality. */
    public static DispatchConfig load(OtklikConfig config) {
        Path dir = config.dir();
        Path file = dir.resolve("routing.yaml");
        Map<String, DispatchRules> rules = new LinkedHashMap<>();
        int window = 30;
        double similarity = 0.35;
        int surgeWindow = 120;
        int surgeThreshold = 5;
        int dueSoon = 60;
        Map<Network, Integer> limits = new LinkedHashMap<>(Map.of(Network.VK, 16_384, Network.OK, 4_096,
                Network.TELEGRAM, 4_096, Network.WEB, 4_000));
        if (Files.exists(file)) {
            Fields f = Fields.of(file);
            if (f.has("repeat")) {
                Fields r = f.map("repeat");
                window = r.integer("window_days", 1, 3650, window);
                double s = r.as("similarity", Double::parseDouble, similarity);
                if (s <= 0 || s > 1) {
                    throw r.error("similarity", s + " is out of range (0, 1]");
                }
                similarity = s;
                r.done();
            }
            if (f.has("surge")) {
                Fields s = f.map("surge");
                surgeWindow = s.integer("window_minutes", 1, 100_000, surgeWindow);
                surgeThreshold = s.integer("threshold", 2, 100_000, surgeThreshold);
                s.done();
            }
            dueSoon = f.integer("due_soon_minutes", 0, 10_000, dueSoon);
            if (f.has("answer_limits")) {
                Fields l = f.map("answer_limits");
                for (String key : l.keys()) {
                    Network n = l.as(key, v -> Network.fromCode(key));
                    limits.put(n, l.integer(key, 1, 1_000_000, 0));
                }
                l.done();
            }
            if (f.has("municipalities")) {
                Fields ms = f.map("municipalities");
                for (String id : ms.keys()) {
                    if (!config.profiles().containsKey(id)) {
                        throw ms.error(id, "unknown municipality; configured: " + String.join(", ", config.profiles().keySet()));
                    }
                    rules.put(id, municipality(ms.map(id), id, config, dir));
                }
                ms.done();
            }
            f.done();
        }
        for (String id : config.profiles().keySet()) {
            rules.computeIfAbsent(id, m -> new DispatchRules(m, List.of(), Set.of(Role.HEAD, Role.CURATOR), false,
                    staff(dir.resolve("municipalities").resolve(m).resolve("staff.yaml"), config, m)));
        }
        return new DispatchConfig(window, similarity, surgeWindow, surgeThreshold, dueSoon, limits, rules);
    }

    private static DispatchRules municipality(Fields m, String id, OtklikConfig config, Path dir) {
        Set<Role> approvers = EnumSet.noneOf(Role.class);
        for (Role r : m.scalars("approvers", Role::fromCode)) {
            if (r != Role.HEAD && r != Role.CURATOR) {
                throw m.error("approvers", "only head and curator approve drafts, not " + r.code());
            }
            approvers.add(r);
        }
        if (approvers.isEmpty()) {
            approvers = EnumSet.of(Role.HEAD, Role.CURATOR);
        }
        String term = m.string("final_after_interim", "answer");
        if (!term.equals("answer") && !term.equals("draft")) {
            throw m.error("final_after_interim", "expected answer or draft, found '" + term + "'");
        }
        List<DispatchRules.Route> routes = new java.util.ArrayList<>();
        for (Fields r : m.maps("routes")) {
            Topic t = r.as("topic", Topic::fromCode);
            String settlement = r.string("settlement", null);
            String executor = r.string("executor");
            if (config.profile(id).executor(executor).isEmpty()) {
                throw r.error("executor", "'" + executor + "' is not an executor of " + id + " (see its executors.yaml)");
            }
            r.done();
            routes.add(new DispatchRules.Route(t, settlement, executor));
        }
        m.done();
        Staff staff = staff(dir.resolve("municipalities").resolve(id).resolve("staff.yaml"), config, id);
        return new DispatchRules(id, routes, approvers, term.equals("draft"), staff);
    }

    static Staff staff(Path file, OtklikConfig config, String municipality) {
        if (!Files.exists(file)) {
            return Staff.EMPTY;
        }
        Fields f = Fields.of(file);
        Map<String, Staff.Department> departments = new LinkedHashMap<>();
        if (f.has("departments")) {
            Fields ds = f.map("departments");
            for (String id : ds.keys()) {
                if (config.profile(municipality).executor(id).isEmpty()) {
                    throw ds.error(id, "'" + id + "' is not an executor of " + municipality);
                }
                Fields d = ds.map(id);
                departments.put(id, new Staff.Department(id, d.scalars("members", s -> s), d.string("head", null),
                        d.scalars("deputies", s -> s)));
                d.done();
            }
            ds.done();
        }
        List<Staff.Absence> absences = new java.util.ArrayList<>();
        for (Fields a : f.maps("absences")) {
            LocalDate from = a.as("from", LocalDate::parse);
            LocalDate to = a.as("to", LocalDate::parse);
            String login = a.string("login");
            String why = a.string("why", "");
            try {
                absences.add(new Staff.Absence(login, from, to, why));
            } catch (IllegalArgumentException e) {
                throw a.error("to", e.getMessage());
            }
            a.done();
        }
        f.done();
        return new Staff(departments, absences);
    }

    /** For a test or a tool that has no routing file: defaults everywhere. */
    public static DispatchConfig defaults() {
        return new DispatchConfig(30, 0.35, 120, 5, 60, Map.of(Network.VK, 16_384, Network.OK, 4_096,
                Network.TELEGRAM, 4_096, Network.WEB, 4_000), Map.of());
    }

}
