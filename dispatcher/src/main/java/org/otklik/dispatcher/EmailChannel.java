package org.otklik.dispatcher;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.otklik.config.Secret;

/** Sends the notification as a plain-text UTF-8 e-mail through an SMTP server (Jakarta Mail / Eclipse Angus). */
public final class EmailChannel implements NotificationChannel {
    private final Session session;
    private final String from;
    private final List<String> to;

    /**
     * @param user SMTP login, or null for a server without authentication
     * @param startTls require STARTTLS
     */
    public EmailChannel(String host, int port, String user, Secret password, boolean startTls, String from, List<String> to) {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        if (startTls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        Authenticator auth = null;
        if (user != null) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password == null ? "" : password.value());
                }
            };
        }
        this.session = Session.getInstance(p, auth);
        this.from = from;
        this.to = List.copyOf(to);
    }

    @Override
    public void send(Notification n) throws IOException {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(from));
            for (String t : to) {
                m.addRecipient(Message.RecipientType.TO, new InternetAddress(t));
            }
            m.setSubject(n.subject(), StandardCharsets.UTF_8.name());
            m.setText(n.text(), StandardCharsets.UTF_8.name());
            Transport.send(m);
        } catch (MessagingException e) {
            throw new IOException("e-mail to " + String.join(", ", to) + " failed: " + e.getMessage(), e);
        }
    }
}
