package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.otklik.config.Secret;

class ChannelsTest {
    private static final Notification HIGH = new Notification("high", "kalininsky", 42L,
            "Доклад главе: сообщение повышенной важности", "Прорвало трубу у детского сада №3.");
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build();

    private static String fixture(String name) throws IOException {
        try (InputStream in = ChannelsTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void telegram_sends_the_message_to_the_chat_through_sendMessage(/* Bot API */) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(fixture("telegram-sendMessage-ok.json")));
            server.start();
            new TelegramChannel(HTTP, server.url("/").toString(), new Secret("OTKLIK_TG_TOKEN", "123:ABC"), "-100200300").send(HIGH);
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(r.getPath()).isEqualTo("/bot123:ABC/sendMessage");
            JsonNode body = new ObjectMapper().readTree(r.getBody().readUtf8());
            assertThat(body.get("chat_id").asText()).isEqualTo("-100200300");
            assertThat(body.get("text").asText()).startsWith("Доклад главе").contains("Прорвало трубу");
        }
    }

    @Test
    void a_telegram_error_is_reported_without_the_token(/* 401 from the Bot API */) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(401).setBody(fixture("telegram-unauthorized.json")));
            server.start();
            TelegramChannel ch = new TelegramChannel(HTTP, server.url("/").toString(), new Secret("T", "123:SECRET"), "1");
            assertThatThrownBy(() -> ch.send(HIGH)).isInstanceOf(IOException.class)
                    .hasMessageContaining("401").satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
        }
    }

    @Test
    void the_webhook_gets_the_notification_as_json() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(204));
            server.start();
            new WebhookChannel(HTTP, server.url("/hooks/otklik").toString()).send(HIGH);
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(r.getMethod()).isEqualTo("POST");
            JsonNode body = new ObjectMapper().readTree(r.getBody().readUtf8());
            assertThat(body.get("kind").asText()).isEqualTo("high");
            assertThat(body.get("case_id").asLong()).isEqualTo(42L);
            assertThat(body.get("municipality").asText()).isEqualTo("kalininsky");
        }
    }

    @Test
    void e_mail_goes_through_smtp_with_the_russian_subject_intact() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> session = CompletableFuture.supplyAsync(() -> serveOne(socket));
            new EmailChannel("127.0.0.1", socket.getLocalPort(), null, null, false, "otklik@example.org",
                    List.of("glava@example.org")).send(HIGH);
            List<String> lines = session.get(10, TimeUnit.SECONDS);
            assertThat(lines).contains("MAIL FROM:<otklik@example.org>", "RCPT TO:<glava@example.org>");
            String data = String.join("\n", lines);
            assertThat(data).contains("Subject: =?UTF-8?");
            assertThat(subjectOf(data)).contains("Доклад главе");
        }
    }

    private static String subjectOf(String data) throws Exception {
        for (String line : data.split("\n")) {
            if (line.startsWith("Subject: ")) {
                return jakarta.mail.internet.MimeUtility.decodeText(line.substring(9));
            }
        }
        return "";
    }

    /** Just enough SMTP (RFC 5321) to accept one message and record what the client said. */
    private static List<String> serveOne(ServerSocket server) {
        List<String> seen = new ArrayList<>();
        try (Socket s = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream raw = s.getOutputStream();
             PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.US_ASCII), true)) {
            out.print("220 localhost test SMTP\r\n");
            out.flush();
            String line;
            boolean data = false;
            while ((line = in.readLine()) != null) {
                seen.add(line);
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        out.print("250 OK queued\r\n");
                        out.flush();
                    }
                    continue;
                }
                String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (cmd) {
                    case "EHLO", "HELO" -> out.print("250 localhost\r\n");
                    case "DATA" -> {
                        data = true;
                        out.print("354 go ahead\r\n");
                    }
                    case "QUIT" -> {
                        out.print("221 bye\r\n");
                        out.flush();
                        return seen;
                    }
                    default -> out.print("250 OK\r\n");
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return seen;
    }
}
