package org.otklik.dispatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.otklik.config.OtklikConfig;
import org.otklik.config.Secret;
import org.otklik.config.Secrets;
import org.otklik.config.internal.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the notification channels of {@code config/notifications.yaml}: a list of {@code telegram}, {@code email} and
 * {@code webhook} channels, each optionally only for some municipalities (each chief gets their own). Tokens and
 * passwords come from the environment variables the file names; a channel whose secret is missing is skipped with a
 * warning, so a development checkout runs without them.
 */
public final class NotificationChannels {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationChannels.class);

    private NotificationChannels() {
    }

    /** A channel limited to some municipalities (all when the set is empty). */
    record Scoped(NotificationChannel channel, Set<String> municipalities) implements NotificationChannel {
        @Override
        public void send(Notification n) throws java.io.IOException {
            if (municipalities.isEmpty() || municipalities.contains(n.municipality())) {
                channel.send(n);
            }
        }
    }

    public static Notifier load(OtklikConfig config, Secrets secrets) {
        Path file = config.dir().resolve("notifications.yaml");
        if (!Files.exists(file)) {
            return Notifier.none();
        }
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(15, TimeUnit.SECONDS).build();
        Fields f = Fields.of(file);
        List<NotificationChannel> out = new ArrayList<>();
        for (Fields ch : f.maps("channels")) {
            String type = ch.string("type");
            boolean enabled = ch.bool("enabled", true);
            Set<String> only = Set.copyOf(ch.scalars("municipalities", m -> {
                if (!config.profiles().containsKey(m)) {
                    throw new IllegalArgumentException("unknown municipality '" + m + "'");
                }
                return m;
            }));
            if (!enabled) {
                // a channel switched off is kept in the file as it is; its settings are checked once it is on
                ch.entries();
                continue;
            }
            NotificationChannel c = switch (type) {
                case "telegram" -> {
                    String base = ch.string("base_url", "https://api.telegram.org");
                    Secret token = secrets.get(ch.string("token_env"));
                    String chat = ch.string("chat_id");
                    yield token.present() ? new TelegramChannel(http, base, token, chat) : missing(type, token);
                }
                case "email" -> {
                    String host = ch.string("host");
                    int port = ch.integer("port", 1, 65535, 587);
                    boolean tls = ch.bool("starttls", true);
                    String user = ch.string("user", null);
                    Secret password = secrets.get(ch.string("password_env", "OTKLIK_SMTP_PASSWORD"));
                    String from = ch.string("from");
                    List<String> to = ch.scalars("to", s -> s);
                    if (to.isEmpty()) {
                        throw ch.error("to", "give at least one recipient");
                    }
                    yield user != null && !password.present() ? missing(type, password)
                            : new EmailChannel(host, port, user, password, tls, from, to);
                }
                case "webhook" -> new WebhookChannel(http, ch.string("url"));
                default -> throw ch.error("type", "unknown channel type '" + type + "': expected telegram, email or webhook");
            };
            ch.done();
            if (c != null) {
                out.add(new Scoped(c, only));
            }
        }
        f.done();
        return new Notifier(out);
    }

    private static NotificationChannel missing(String type, Secret secret) {
        LOG.warn("{} notifications are off: the variable {} is not set", type, secret.name());
        return null;
    }
}
