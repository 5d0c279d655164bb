package org.otklik.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.otklik.config.internal.Fields;
import org.otklik.config.internal.YamlNode;
import org.otklik.core.DeadlineKind;
import org.otklik.core.Executor;
import org.otklik.core.Municipality;
import org.otklik.core.Place;
import org.otklik.core.RegulationProfile;
import org.otklik.core.ReportSchedule;
import org.otklik.core.Topic;
import org.otklik.core.WorkingDuration;
import org.otklik.core.WorkingHours;

/**
 * Reads one municipality's directory {@code municipalities/<id>/}: {@code profile.yaml} (time zone,
 * working hours, deadlines), {@code executors.yaml} (roles and departments) and {@code gazetteer.txt}.
 */
public final class ProfileFiles {
    static final Set<String> PLACE_KINDS = Set.of("город", "пгт", "посёлок", "село", "станица", "хутор", "деревня",
            "аул", "разъезд", "улица", "проспект", "переулок", "площадь", "микрорайон", "шоссе", "бульвар", "проезд", "река", "озеро", "парк");

    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private ProfileFiles() {
    }

    public static RegulationProfile load(Path dir) {
        String id = dir.getFileName().toString();
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new ConfigException(dir, 0, null, "municipality directory name must be a latin id like 'yelets'");
        }
        Path profileFile = dir.resolve("profile.yaml");
        Path executorsFile = dir.resolve("executors.yaml");
        Path gazetteerFile = dir.resolve("gazetteer.txt");
        for (Path p : List.of(profileFile, executorsFile, gazetteerFile)) {
            if (!Files.isRegularFile(p)) {
                throw new ConfigException(p, 0, null, "file is missing");
            }
        }
        Fields f = Fields.of(profileFile);
        String name = f.string("name");
        String region = f.string("region", "");
        String regulation = f.string("regulation");
        ZoneId zone = f.as("time_zone", ProfileFiles::zone);
        WorkingHours hours = f.has("working_hours") ? hours(f.map("working_hours")) : WorkingHours.standard();
        Map<DeadlineKind, WorkingDuration> deadlines = deadlines(f.map("deadlines"));
        ReportSchedule reports = f.as("reports", ReportSchedule::fromCode, ReportSchedule.NONE);
        f.done();
        if (!deadlines.containsKey(DeadlineKind.ANSWER)) {
            throw new ConfigException(profileFile, f.lineOf("deadlines"), "deadlines.answer", "is required: every regulation sets an answer deadline");
        }

        Fields e = Fields.of(executorsFile);
        String specialist = e.string("specialist");
        String curator = e.string("curator");
        String chief = e.string("chief");
        List<Executor> executors = executors(e);
        e.done();

        Municipality municipality = new Municipality(id, name, region, zone, gazetteer(gazetteerFile));
        return new RegulationProfile(municipality, regulation, hours, deadlines, reports, specialist, curator, chief, executors);
    }

    private static ZoneId zone(String v) {
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + v + "' is not a time zone id like Europe/Moscow or Asia/Magadan");
        }
    }

    private static WorkingHours hours(Fields f) {
        Map<DayOfWeek, WorkingHours.Span> days = new EnumMap<>(DayOfWeek.class);
        LocalTime lunchStart = null;
        LocalTime lunchEnd = null;
        for (String key : f.entries().keySet()) {
            if (key.equals("lunch")) {
                WorkingHours.Span s = f.as(key, ProfileFiles::span);
                lunchStart = s.start();
                lunchEnd = s.end();
            } else if (DAYS.containsKey(key)) {
                days.put(DAYS.get(key), f.as(key, ProfileFiles::span));
            } else {
                throw f.error(key, "unknown key: expected mon, tue, wed, thu, fri, sat, sun or lunch");
            }
        }
        if (days.isEmpty()) {
            throw new ConfigException(f.file(), f.line(), f.field("mon"), "no working day listed");
        }
        try {
            return new WorkingHours(days, lunchStart, lunchEnd);
        } catch (IllegalArgumentException ex) {
            throw f.error("lunch", ex.getMessage());
        }
    }

    static WorkingHours.Span span(String v) {
        String[] parts = v.split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + v + "' is not a time range like \"09:00-18:00\"");
        }
        try {
            return new WorkingHours.Span(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + v + "' is not a time range like \"09:00-18:00\"");
        }
    }

    private static Map<DeadlineKind, WorkingDuration> deadlines(Fields f) {
        Map<DeadlineKind, WorkingDuration> out = new EnumMap<>(DeadlineKind.class);
        for (String key : f.entries().keySet()) {
            DeadlineKind kind;
            try {
                kind = DeadlineKind.fromCode(key);
            } catch (IllegalArgumentException ex) {
                List<String> known = java.util.Arrays.stream(DeadlineKind.values()).map(DeadlineKind::code).toList();
                throw f.error(key, "unknown deadline; known: " + String.join(", ", known));
            }
            if (f.has(key)) {
                out.put(kind, f.as(key, WorkingDuration::parse));
            }
        }
        return out;
    }

    private static List<Executor> executors(Fields e) {
        List<Executor> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields x : e.maps("executors")) {
            String id = x.string("id");
            if (!id.matches("[a-z][a-z0-9_]*")) {
                throw x.error("id", "'" + id + "' must be a latin id of lowercase letters, digits and _");
            }
            if (!ids.add(id)) {
                throw x.error("id", "'" + id + "' is used by another executor");
            }
            String name = x.string("name");
            String head = x.string("head", name);
            List<Topic> topics = x.scalars("topics", Topic::fromCode);
            x.done();
            out.add(new Executor(id, name, head, topics));
        }
        if (out.isEmpty()) {
            throw new ConfigException(e.file(), e.line(), "executors", "no executor listed");
        }
        return out;
    }

    static List<Place> gazetteer(Path file) {
        List<Place> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LineFile.Line line : LineFile.read(file)) {
            String[] parts = line.text().split("\\|", -1);
            if (parts.length < 2 || parts.length > 3) {
                throw line.error(null, "expected 'kind | name | variants', e.g. 'село | Ключи | Ключи-1'");
            }
            String kind = parts[0].strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replace("поселок", "посёлок");
            if (!PLACE_KINDS.contains(kind)) {
                throw line.error("kind", "'" + parts[0].strip() + "' is not one of " + String.join(", ", PLACE_KINDS.stream().sorted().toList()));
            }
            String name = parts[1].strip();
            if (name.isEmpty()) {
                throw line.error("name", "must not be empty");
            }
            if (!seen.add(kind + "|" + name)) {
                throw line.error("name", "'" + name + "' (" + kind + ") is listed twice");
            }
            List<String> variants = new ArrayList<>();
            if (parts.length == 3) {
                for (String v : parts[2].split(",")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
            }
            out.add(new Place(kind, name, variants));
        }
        if (out.stream().noneMatch(Place::isSettlement)) {
            throw new ConfigException(file, 0, null, "no settlement listed: the first entry must be the administrative centre");
        }
        return out;
    }

}
