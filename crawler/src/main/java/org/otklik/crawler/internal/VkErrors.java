package org.otklik.crawler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.otklik.crawler.SourceException;

/** Maps VK's error objects to what the scheduler should do. */
final class VkErrors {
    private VkErrors() {
    }

    static SourceException exception(JsonNode error, String what) {
        int code = error.path("error_code").asInt();
        String msg = "VK " + what + ": error " + code + " " + error.path("error_msg").asText("");
        SourceException.Kind kind = switch (code) {
            case 6, 9, 29 -> SourceException.Kind.RATE_LIMITED;
            case 5, 27, 28, 1116 -> SourceException.Kind.AUTH;
            case 15, 18, 19, 30, 203, 212, 100 -> SourceException.Kind.GONE;
            case 1, 10, 13 -> SourceException.Kind.TRANSIENT;
            default -> SourceException.Kind.MALFORMED;
        };
        return new SourceException(kind, msg);
    }
}
