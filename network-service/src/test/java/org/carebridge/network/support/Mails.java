package org.carebridge.network.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The messages the test's SMTP server received, by recipient and content. Read from the recipient's own inbox, not
 * from every message received: by the middle of the suite the server holds hundreds, and a wait that parsed them all
 * ten times a second kept the server's store busy enough that the very mail waited for could not be delivered.
 */
public final class Mails {

    /** A send that stalls is given up after 10 s and tried again (EmailNotifier): room for that, twice over. */
    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(250);

    private Mails() {
    }

    /** Waits for a mail to {@code to} whose subject or body contains {@code containing}. */
    public static MimeMessage awaitMail(String to, String containing) {
        return await().atMost(PATIENCE).pollInterval(POLL).until(() -> mailsTo(to).stream()
                .filter(m -> text(m).contains(containing)).findFirst().orElse(null), m -> m != null);
    }

    public static List<MimeMessage> mailsTo(String address) {
        GreenMail server = SmtpServer.greenMail();
        GreenMailUser user = server.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of(); // the server makes the user on the first mail to the address
        }
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
