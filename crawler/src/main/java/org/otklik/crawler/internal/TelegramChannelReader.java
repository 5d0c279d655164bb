package org.otklik.crawler.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;
import org.otklik.crawler.Page;
import org.otklik.crawler.SourceException;
import org.otklik.crawler.SourceReader;

/**
 * A public Telegram channel through its web preview {@code t.me/s/<channel>}: the newest ~20 messages, paged back with
 * {@code ?before=<id>} until the last seen message id. Views, date and links come from the page's markup.
 */
public final class TelegramChannelReader implements SourceReader {
    private final Http http;
    private final HttpUrl base;

    public TelegramChannelReader(Http http, String webUrl) {
        this.http = http;
        this.base = HttpUrl.get(webUrl);
    }

    @Override
    public Page read(Source source, String cursor) throws SourceException {
        long lastSeen = cursor == null ? 0 : Long.parseLong(cursor);
        int maxPages = Integer.parseInt(source.options().getOrDefault("max_pages", "5"));
        List<Post> posts = new ArrayList<>();
        long maxId = lastSeen;
        Long before = null;
        for (int page = 0; page < maxPages; page++) {
            HttpUrl.Builder url = base.newBuilder().addPathSegment("s").addPathSegment(source.ref());
            if (before != null) {
                url.addQueryParameter("before", Long.toString(before));
            }
            String html = http.text(http.request(url.build().toString()).build(), "Telegram channel " + source.ref());
            List<Post> found = parse(source, html, url.build().toString());
            if (found.isEmpty()) {
                break;
            }
            long minId = Long.MAX_VALUE;
            for (Post p : found) {
                long id = Long.parseLong(p.externalId());
                minId = Math.min(minId, id);
                maxId = Math.max(maxId, id);
            }
            posts.addAll(found);
            if (lastSeen == 0 || minId <= lastSeen + 1) {
                break;
            }
            before = minId;
        }
        return Page.of(posts, Long.toString(maxId));
    }

    static List<Post> parse(Source source, String html, String pageUrl) throws SourceException {
        Document doc = Jsoup.parse(html, pageUrl);
        if (doc.selectFirst("div.tgme_channel_info, div.tgme_widget_message, section.tgme_channel_history") == null) {
            throw new SourceException(SourceException.Kind.MALFORMED,
                    "Telegram channel " + source.ref() + ": page has no channel preview (private channel, or t.me changed its markup)");
        }
        List<Post> out = new ArrayList<>();
        for (Element m : doc.select("div.tgme_widget_message[data-post]")) {
            String dataPost = m.attr("data-post");
            String id = dataPost.substring(dataPost.lastIndexOf('/') + 1);
            if (!id.matches("\\d{1,18}")) {
                throw new SourceException(SourceException.Kind.MALFORMED, "Telegram channel " + source.ref() + ": message id '" + id + "'");
            }
            Element textEl = m.selectFirst("div.tgme_widget_message_text");
            String text = textEl == null ? "" : text(textEl);
            Set<String> links = new LinkedHashSet<>();
            if (textEl != null) {
                for (Element a : textEl.select("a[href]")) {
                    String href = a.absUrl("href");
                    if (href.startsWith("http") && !text.contains(href)) {
                        links.add(href);
                    }
                }
            }
            if (!links.isEmpty()) {
                text = text + "\n" + String.join("\n", links);
            }
            Element time = m.selectFirst("a.tgme_widget_message_date time[datetime], time[datetime]");
            Instant at = null;
            if (time != null) {
                try {
                    at = OffsetDateTime.parse(time.attr("datetime")).toInstant();
                } catch (DateTimeParseException e) {
                    at = null;
                }
            }
            Element views = m.selectFirst("span.tgme_widget_message_views");
            Element author = m.selectFirst(".tgme_widget_message_from_author, .tgme_widget_message_owner_name");
            out.add(new Post(Network.TELEGRAM, source.id(), id, source.municipality(), author == null ? null : author.text(), text,
                    "https://t.me/" + dataPost, at, null, 0, 0, 0, views == null ? 0 : count(views.text())));
        }
        return out;
    }

    /** The message text with its line breaks. */
    private static String text(Element el) {
        Element copy = el.clone();
        for (Element br : copy.select("br")) {
            br.replaceWith(new TextNode("\n"));
        }
        return copy.wholeText().strip();
    }

    /** {@code 987}, {@code 1.2K}, {@code 3.4M} as Telegram prints view counts. */
    static long count(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        double mult = 1;
        if (t.endsWith("K")) {
            mult = 1_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            mult = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Math.round(Double.parseDouble(t) * mult);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
