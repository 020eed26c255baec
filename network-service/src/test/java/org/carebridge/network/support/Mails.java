package org.carebridge.network.support;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** The messages the test's SMTP server received, by recipient and content. */
public final class Mails {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Mails() {
    }

    /** Waits for a mail to {@code to} whose subject or body contains {@code containing}. */
    public static MimeMessage awaitMail(String to, String containing) {
        return await().atMost(PATIENCE).until(() -> mailsTo(to).stream().filter(m -> text(m).contains(containing))
                .findFirst().orElse(null), m -> m != null);
    }

    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SmtpServer.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
