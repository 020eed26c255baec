package org.carebridge.network.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Emails each committed bridge notification to the people it concerns (the region's coordinators, or for an advisory
 * kind its advisory members, as Keycloak lists them, or the one user it is addressed to: a coordinator, a team member, an invitee, an advisory owner or chair) who
 * have not muted its kind. Alerts wait for the {@link AlertDigest}; an invite goes with its calendar entry; an
 * {@link AdvisoryNotice} is mailed only, never streamed. The mail names the kind, the region
 * and the id to open in Carebridge, nothing of the case: email leaves our systems. A failing SMTP server or Keycloak
 * is logged, never rolls back the bridge's work (the change is committed before we get here) and never holds it up.
 */
@ApplicationScoped
public class EmailNotifier {

    private static final Logger LOG = Logger.getLogger(EmailNotifier.class);

    private final CoordinatorDirectory directory;
    private final ManagedExecutor executor;
    private final MailTexts texts;
    private final String inboxUrl;
    private final MailQueue mails;

    public EmailNotifier(CoordinatorDirectory directory, ManagedExecutor executor,
                         MailTexts texts, @ConfigProperty(name = "carebridge.bridge.inbox-url") String inboxUrl,
                         MailQueue mails) {
        this.directory = directory;
        this.executor = executor;
        this.texts = texts;
        this.inboxUrl = inboxUrl;
        this.mails = mails;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BridgeNotification notification) {
        if (notification.kind() == BridgeNotification.Kind.ALERT
                || notification.kind() == BridgeNotification.Kind.CONSULTATION_INVITE) {
            return; // alerts go in the next digest (AlertDigest), an invite with its calendar entry (below)
        }
        // on a worker: asking Keycloak who to mail may take a while, and the consumer or request behind this
        // commit must not wait for it
        executor.execute(() -> email(notification, null));
    }

    void invited(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsultationInvite invite) {
        executor.execute(() -> email(invite.notification(), invite));
    }

    void advisory(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdvisoryNotice notice) {
        executor.execute(() -> email(notice.notification(), null));
    }

    void email(BridgeNotification notification, ConsultationInvite invite) {
        List<CoordinatorDirectory.Coordinator> to;
        try {
            // Keycloak first and outside any transaction: no database connection is held while we wait for it
            Optional<List<CoordinatorDirectory.Coordinator>> known = lookUp(directory, notification);
            to = QuarkusTransaction.requiringNew().call(() -> recipients(notification, known));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not find who to email about %s %s", notification.kind(), notification.subjectId());
            return;
        }
        // queued: a slow or absent SMTP server never holds up anything else (MailQueue)
        for (CoordinatorDirectory.Coordinator person : to) {
            // in their language: the Keycloak locale the directory gave (English without one)
            Mail mail = Mail.withText(person.email(), texts.subject(notification, person.locale()),
                    texts.body(notification, person.locale()));
            if (invite != null && invite.consultationId() != null) {
                mail.addAttachment("consultation.ics", Invitation.ics(invite.consultationId(), invite.meetsAt(),
                        notification.at(), notification.subjectId(), inboxUrl).getBytes(StandardCharsets.UTF_8),
                        Invitation.CONTENT_TYPE);
            }
            mails.send(mail, notification.kind() + " " + notification.subjectId());
        }
    }

    /**
     * Who Keycloak says the notification is for: the one user it is addressed to, else the region's coordinators (for
     * an advisory kind, the region's advisory members).
     */
    static Optional<List<CoordinatorDirectory.Coordinator>> lookUp(CoordinatorDirectory directory,
                                                                  BridgeNotification n) {
        if (n.recipient() != null) {
            return directory.userNamed(n.recipient());
        }
        return n.kind().forAdvisoryGroup() ? directory.advisoryMembersOf(n.region())
                : directory.coordinatorsOf(n.region());
    }

    /**
     * The region's coordinators or advisory members (or the user addressed) from the directory, or, when Keycloak
     * could not answer, those whose token gave us their address (and language); narrowed to the one addressed, less
     * those who muted the kind; one per address.
     */
    static List<CoordinatorDirectory.Coordinator> recipients(
            BridgeNotification n, Optional<List<CoordinatorDirectory.Coordinator>> directory) {
        List<CoordinatorDirectory.Coordinator> coordinators = directory.orElseGet(() -> {
            LOG.warnf("emailing %s %s only to those of %s who have opened their email settings here",
                    n.kind(), n.subjectId(), n.recipient() == null ? "region " + n.region() : n.recipient());
            List<CoordinatorContact> known = n.recipient() != null
                    ? CoordinatorContact.<CoordinatorContact>findByIdOptional(n.recipient()).stream().toList()
                    : CoordinatorContact.list("region = ?1 and " + (n.kind().forAdvisoryGroup() ? "advisoryMember"
                    : "coordinator") + " = true", n.region());
            return known.stream().map(c -> new CoordinatorDirectory.Coordinator(c.username, c.email, c.locale))
                    .toList();
        });
        Set<String> muted = EmailMute.<EmailMute>list("kind", n.kind()).stream().map(m -> m.username)
                .collect(Collectors.toSet());
        Set<String> addresses = new HashSet<>();
        return coordinators.stream()
                .filter(c -> n.recipient() == null || n.recipient().equals(c.username()))
                .filter(c -> !muted.contains(c.username())).filter(c -> addresses.add(c.email())).toList();
    }
}
