package org.otklik.dashboard.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.otklik.core.Location;
import org.otklik.core.Topic;

/** Formatting shared by templates and API: Russian dates in the municipality's zone, safe links, snippets. */
public final class Fmt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("ru"));

    private Fmt() {
    }

    public static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    public static String time(Instant t, ZoneId zone) {
        return t == null ? "—" : TIME.format(t.atZone(zone));
    }

    /** The link if it is an absolute http(s) URL, else null: a {@code javascript:} link must never become an href. */
    public static String safeHref(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme();
            if (scheme == null || u.getHost() == null) {
                return null;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? u.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static String snippet(String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

    public static String topics(List<Topic> topics) {
        return topics == null || topics.isEmpty() ? "—" : topics.stream().map(Topic::title).collect(Collectors.joining(", "));
    }

    public static String place(Location l) {
        if (l == null) {
            return "—";
        }
        return place(l.settlement(), l.street(), l.house());
    }

    public static String place(String settlement, String street, String house) {
        StringBuilder b = new StringBuilder();
        if (has(settlement)) {
            b.append(settlement);
        }
        if (has(street)) {
            b.append(b.isEmpty() ? "" : ", ").append(street);
            if (has(house)) {
                b.append(", ").append(house);
            }
        }
        return b.isEmpty() ? "—" : b.toString();
    }

    public static String filterTitle(String code) {
        return switch (code == null ? "" : code) {
            case "obscene" -> "Нецензурная брань";
            case "insult" -> "Оскорбления";
            case "threat" -> "Угрозы";
            case "none" -> "Нет";
            default -> "—";
        };
    }

    public static String importanceTitle(String code) {
        return "high".equals(code) ? "Повышенная" : "normal".equals(code) ? "Обычная" : "—";
    }
}
