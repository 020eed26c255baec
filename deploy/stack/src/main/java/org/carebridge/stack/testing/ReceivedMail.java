package org.carebridge.stack.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An email as its recipient read it from the run's mail box (org.carebridge.stack.MailBox) over POP3: subject, the
 * text parts joined, and the content types of its attachments (an invitation's {@code text/calendar}).
 */
public record ReceivedMail(String subject, String text, List<String> attachmentTypes) {

    /** Every message {@code address} received so far, oldest first (an address that received none: empty). */
    public static List<ReceivedMail> inboxOf(String host, int pop3Port, String address) {
        Properties props = new Properties();
        props.put("mail.pop3.connectiontimeout", "5000");
        props.put("mail.pop3.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("pop3");
            try {
                // the mail box creates a mailbox, login and password both the address, at the first delivery
                store.connect(host, pop3Port, address, address);
            } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
                return List.of();
            }
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<ReceivedMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(read(message));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mail box of " + address + ": " + e.getMessage(), e);
        }
    }

    private static ReceivedMail read(Message message) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        List<String> attachments = new ArrayList<>();
        collect(message, text, attachments);
        return new ReceivedMail(message.getSubject(), text.toString(), List.copyOf(attachments));
    }

    private static void collect(Part part, StringBuilder text, List<String> attachments)
            throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || !part.isMimeType("text/plain")
                && !part.isMimeType("text/html")) {
            attachments.add(part.getContentType().split(";")[0].trim().toLowerCase());
        } else {
            text.append(part.getContent()).append('\n');
        }
    }
}
