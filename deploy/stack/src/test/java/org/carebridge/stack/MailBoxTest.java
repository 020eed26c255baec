package org.carebridge.stack;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.carebridge.stack.testing.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run's mail box takes a message for any address over SMTP and gives it to that address only over POP3. */
class MailBoxTest {

    @Test
    void aMessageSentToAnAddressIsReadByThatAddressOnly(@TempDir Path dir) throws Exception {
        int smtp = Ports.free();
        int pop3 = Ports.free();
        MailBox box = new MailBox(smtp, pop3);
        StackState state = StackState.fresh(dir);
        box.start(state);
        try {
            assertTrue(box.healthy());
            assertEquals(String.valueOf(pop3), state.get(MailBox.POP3_PORT));
            assertTrue(ReceivedMail.inboxOf(Ports.HOST, pop3, "anna@carebridge.example").isEmpty(),
                    "nothing was sent yet");

            Properties props = new Properties();
            props.put("mail.smtp.host", Ports.HOST);
            props.put("mail.smtp.port", String.valueOf(smtp));
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setFrom(new InternetAddress("bridge@carebridge.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("anna@carebridge.example"));
            message.setSubject("Your escalation was claimed");
            message.setText("bruno claimed it");
            Transport.send(message);

            List<ReceivedMail> anna = ReceivedMail.inboxOf(Ports.HOST, pop3, "anna@carebridge.example");
            assertEquals(1, anna.size());
            assertEquals("Your escalation was claimed", anna.get(0).subject());
            assertTrue(anna.get(0).text().contains("bruno claimed it"));
            assertFalse(ReceivedMail.inboxOf(Ports.HOST, pop3, "ben@carebridge.example").stream()
                    .anyMatch(m -> m.subject().contains("claimed")), "another address reads none of it");
        } finally {
            box.stop();
        }
        assertFalse(box.healthy());
    }
}
