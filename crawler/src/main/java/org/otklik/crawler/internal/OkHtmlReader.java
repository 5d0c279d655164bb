package org.otklik.crawler.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Source;
import org.otklik.crawler.Page;
import org.otklik.crawler.SourceException;
import org.otklik.crawler.SourceReader;

/**
 * A public OK group's page ({@code ok.ru/group/<id>}) read as HTML when no API key is configured: the topics the page
 * shows, each identified by its {@code /topic/<id>} link. No comments and no paging: the API does that.
 */
public final class OkHtmlReader implements SourceReader {
    private static final Pattern TOPIC = Pattern.compile("/group/(\\d+)/topic/(\\d+)");

    private final Http http;
    private final String webUrl;

    public OkHtmlReader(Http http, String webUrl) {
        this.http = http;
        this.webUrl = webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    }

    @Override
    public Page read(Source source, String cursor) throws SourceException {
        String url = webUrl + "/group/" + source.ref();
        String html = http.text(http.request(url).build(), "OK group page " + source.ref());
        return Page.of(parse(source, html, url), cursor == null ? "html" : cursor);
    }

    static List<Post> parse(Source source, String html, String url) throws SourceException {
        Document doc = Jsoup.parse(html, url);
        if (doc.selectFirst("div.feed-w, div.group-feed, div#hook_Block_MainFeedsWrapper") == null) {
            throw new SourceException(SourceException.Kind.MALFORMED, "OK group page " + source.ref()
                    + ": no feed on the page (closed group, or ok.ru changed its markup)");
        }
        List<Post> out = new ArrayList<>();
        for (Element item : doc.select("div.feed-w")) {
            Element link = item.selectFirst("a[href*=/topic/]");
            Element text = item.selectFirst(".media-text_cnt_tx, .media-text_cnt");
            if (link == null || text == null) {
                continue;
            }
            Matcher m = TOPIC.matcher(link.attr("href"));
            if (!m.find()) {
                continue;
            }
            out.add(new Post(Network.OK, source.id(), m.group(2), source.municipality(), null, text.wholeText().strip(),
                    "https://ok.ru/group/" + m.group(1) + "/topic/" + m.group(2), null, null, 0, 0, 0, 0));
        }
        return out;
    }
}
