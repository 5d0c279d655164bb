package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.FormBody;
import org.otklik.config.Secret;
import org.otklik.crawler.SourceException;

/**
 * Odnoklassniki REST API ({@code fb.do}). Each request is signed: the parameters except {@code access_token}, sorted by
 * name and written as {@code name=value} with nothing between them, followed by the session secret, md5 in lower-case hex.
 */
public final class OkApi {
    private final Http http;
    private final String baseUrl;
    private final Secret applicationKey;
    private final Secret accessToken;
    private final Secret sessionSecret;
    private final RateLimiter limiter;

    public OkApi(Http http, String baseUrl, Secret applicationKey, Secret accessToken, Secret sessionSecret, RateLimiter limiter) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.applicationKey = applicationKey;
        this.accessToken = accessToken;
        this.sessionSecret = sessionSecret;
        this.limiter = limiter;
    }

    public boolean configured() {
        return applicationKey.present() && accessToken.present() && sessionSecret.present();
    }

    public JsonNode call(String method, Map<String, String> params) throws SourceException {
        if (!configured()) {
            throw new SourceException(SourceException.Kind.AUTH, "OK API credentials are not set: " + applicationKey + ", " + accessToken
                    + ", " + sessionSecret);
        }
        TreeMap<String, String> signed = new TreeMap<>(params);
        signed.put("application_key", applicationKey.value());
        signed.put("method", method);
        signed.put("format", "json");
        String sig = signature(signed, sessionSecret.value());
        FormBody.Builder form = new FormBody.Builder();
        signed.forEach(form::add);
        form.add("sig", sig).add("access_token", accessToken.value());
        RateLimiter.Permit permit;
        try {
            permit = limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(SourceException.Kind.TRANSIENT, "OK " + method + ": interrupted", e);
        }
        String body;
        try {
            body = http.text(http.request(baseUrl).post(form.build()).build(), "OK " + method);
        } finally {
            permit.release();
        }
        JsonNode root;
        try {
            root = VkApi.JSON.readTree(body);
        } catch (IOException e) {
            throw new SourceException(SourceException.Kind.MALFORMED, "OK " + method + ": answer is not JSON");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new SourceException(SourceException.Kind.MALFORMED, "OK " + method + ": empty answer");
        }
        if (root.has("error_code")) {
            int code = root.path("error_code").asInt();
            String msg = "OK " + method + ": error " + code + " " + root.path("error_msg").asText("");
            SourceException.Kind kind = switch (code) {
                case 100, 101, 102, 103, 104, 10 -> SourceException.Kind.AUTH;
                case 300, 455, 160 -> SourceException.Kind.GONE;
                case 1, 2, 3, 9999 -> SourceException.Kind.TRANSIENT;
                case 8, 5000 -> SourceException.Kind.RATE_LIMITED;
                default -> SourceException.Kind.MALFORMED;
            };
            throw new SourceException(kind, msg);
        }
        return root;
    }

    static String signature(Map<String, String> sortedParams, String secret) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(sortedParams).forEach((k, v) -> sb.append(k).append('=').append(v));
        sb.append(secret);
        return md5(sb.toString());
    }

    static String md5(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return String.format(java.util.Locale.ROOT, "%032x", new BigInteger(1, d));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JDK", e);
        }
    }
}
