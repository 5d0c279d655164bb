package org.otklik.crawler.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.otklik.crawler.CrawlerSettings;
import org.otklik.crawler.SourceException;

/** One shared okhttp client and the mapping of HTTP failures to {@link SourceException}s. */
public final class Http {
    /** Bodies larger than this are refused: a page of posts is far smaller, a bigger answer is not what we asked for. */
    static final long MAX_BODY = 8L * 1024 * 1024;

    private final OkHttpClient client;
    private final String userAgent;

    public Http(CrawlerSettings.Http settings) {
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        // a request must leave when the rate limiter releases it: okhttp's default of 5 per host would queue and then burst them
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(128);
        this.client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.readTimeout().multipliedBy(2))
                .retryOnConnectionFailure(false)
                .build();
        this.userAgent = settings.userAgent();
    }

    public OkHttpClient client() {
        return client;
    }

    public Request.Builder request(String url) {
        return new Request.Builder().url(url).header("User-Agent", userAgent);
    }

    /** Sends a request and returns the body of a 2xx answer as text. */
    public String text(Request request, String what) throws SourceException {
        try (Response r = client.newCall(request).execute()) {
            return body(r, what);
        } catch (InterruptedIOException e) {
            throw new SourceException(SourceException.Kind.TRANSIENT, what + ": timed out", e);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.TRANSIENT, what + ": " + e.getMessage(), e);
        }
    }

    static String body(Response r, String what) throws IOException, SourceException {
        ResponseBody b = r.body();
        if (r.code() == 429) {
            throw new SourceException(SourceException.Kind.RATE_LIMITED, what + ": HTTP 429 Too Many Requests");
        }
        if (r.code() == 401 || r.code() == 403) {
            throw new SourceException(SourceException.Kind.AUTH, what + ": HTTP " + r.code());
        }
        if (r.code() == 404 || r.code() == 410) {
            throw new SourceException(SourceException.Kind.GONE, what + ": HTTP " + r.code());
        }
        if (!r.isSuccessful()) {
            throw new SourceException(SourceException.Kind.TRANSIENT, what + ": HTTP " + r.code());
        }
        if (b == null) {
            throw new SourceException(SourceException.Kind.MALFORMED, what + ": empty answer");
        }
        // hostile or broken servers may send without a length: look past the limit before reading it all
        if (b.contentLength() > MAX_BODY || b.source().request(MAX_BODY + 1)) {
            throw new SourceException(SourceException.Kind.MALFORMED, what + ": answer larger than " + MAX_BODY + " bytes");
        }
        return b.string();
    }
}
