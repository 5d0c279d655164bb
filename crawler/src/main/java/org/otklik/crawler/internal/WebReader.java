package org.otklik.crawler.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;
import org.otklik.crawler.Page;
import org.otklik.crawler.SourceException;
import org.otklik.crawler.SourceReader;

/**
 * A forum, review site or news page: an RSS 2.0 or Atom feed, or an HTML page whose items, text, link, date and author
 * are found with the CSS selectors given in {@code sources.yaml}. Items are identified by their guid or link, so a
 * re-read page stores nothing twice; the cursor only records the newest item date seen.
 */
public final class WebReader implements SourceReader {
    private final Http http;

    public WebReader(Http http) {
        this.http = http;
    }

    @Override
    public Page read(Source source, String cursor) throws SourceException {
        String body = http.text(http.request(source.ref()).build(), "web source " + source.id());
        List<Post> posts = "html".equals(source.options().get("reader")) ? html(source, body) : feed(source, body);
        Instant newest = null;
        for (Post p : posts) {
            if (p.publishedAt() != null && (newest == null || p.publishedAt().isAfter(newest))) {
                newest = p.publishedAt();
            }
        }
        return Page.of(posts, newest == null ? cursor : newest.toString());
    }

    static List<Post> feed(Source source, String xml) throws SourceException {
        Document doc = Jsoup.parse(xml, source.ref(), Parser.xmlParser());
        List<Post> out = new ArrayList<>();
        if (doc.selectFirst("rss > channel") != null) {
            for (Element item : doc.select("rss > channel > item")) {
                String link = childText(item, "link");
                String guid = childText(item, "guid");
                String id = !guid.isEmpty() ? guid : link;
                if (id.isEmpty()) {
                    continue;
                }
                String author = childText(item, "dc|creator");
                if (author.isEmpty()) {
                    author = childText(item, "author");
                }
                out.add(post(source, id, childText(item, "title"), childText(item, "description"), link, date(childText(item, "pubDate")),
                        author));
            }
            return out;
        }
        if (doc.selectFirst("feed") != null) {
            for (Element e : doc.select("feed > entry")) {
                Element linkEl = e.selectFirst("link[rel=alternate], link");
                String link = linkEl == null ? "" : linkEl.attr("href");
                String id = childText(e, "id");
                String content = childText(e, "content");
                if (content.isEmpty()) {
                    content = childText(e, "summary");
                }
                String published = childText(e, "published");
                out.add(post(source, id.isEmpty() ? link : id, childText(e, "title"), content, link,
                        date(published.isEmpty() ? childText(e, "updated") : published), childText(e, "author > name")));
            }
            return out;
        }
        throw new SourceException(SourceException.Kind.MALFORMED, "web source " + source.id() + ": neither an RSS nor an Atom feed");
    }

    static List<Post> html(Source source, String html) throws SourceException {
        Document doc = Jsoup.parse(html, source.ref());
        List<Post> out = new ArrayList<>();
        var o = source.options();
        for (Element item : doc.select(o.get("selector.item"))) {
            Element text = item.selectFirst(o.get("selector.text"));
            if (text == null) {
                continue;
            }
            Element link = item.selectFirst(o.getOrDefault("selector.link", "a[href]"));
            String url = link == null ? "" : link.absUrl("href");
            String body = text.wholeText().strip();
            String id = !url.isEmpty() ? url : Integer.toHexString(body.hashCode());
            Instant at = null;
            if (o.containsKey("selector.date")) {
                Element d = item.selectFirst(o.get("selector.date"));
                if (d != null) {
                    at = date(d.hasAttr("datetime") ? d.attr("datetime") : d.text());
                }
            }
            String author = null;
            if (o.containsKey("selector.author")) {
                Element a = item.selectFirst(o.get("selector.author"));
                author = a == null ? null : a.text();
            }
            out.add(new Post(Network.WEB, source.id(), id, source.municipality(), author, body, url.isEmpty() ? source.ref() : url, at,
                    null, 0, 0, 0, 0));
        }
        if (out.isEmpty() && doc.select(o.get("selector.item")).isEmpty() && doc.body() != null && doc.body().children().isEmpty()) {
            throw new SourceException(SourceException.Kind.MALFORMED, "web source " + source.id() + ": empty page");
        }
        return out;
    }

    private static Post post(Source source, String id, String title, String html, String link, Instant at, String author) {
        String body = Jsoup.parse(html).text();
        String text = title.isEmpty() ? body : body.isEmpty() || body.startsWith(title) ? title + (body.isEmpty() ? "" : "\n" + body.substring(title.length()).strip()) : title + "\n" + body;
        return new Post(Network.WEB, source.id(), id, source.municipality(), author.isEmpty() ? null : author, text.strip(),
                link.isEmpty() ? null : link, at, null, 0, 0, 0, 0);
    }

    private static String childText(Element parent, String selector) {
        Element e = parent.selectFirst(selector);
        return e == null ? "" : e.text().strip();
    }

    static Instant date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
