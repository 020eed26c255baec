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

    /**
     * A mail goes out after its transaction, a Keycloak lookup of the recipient and an SMTP exchange, in the
     * background. On a loaded 2-core machine the lookup alone took over 30 s once (MailLanguageTest in CI, 10:51 on
     * 2026-12-05): a minute, so that only a mail that never comes fails the test.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

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
