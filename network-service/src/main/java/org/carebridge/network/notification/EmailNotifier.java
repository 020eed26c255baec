package org.carebridge.network.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Emails each committed bridge notification to the coordinators it concerns (the region's, as Keycloak lists them,
 * or the one it is addressed to) who have not muted its kind. The mail names the kind, the region and the id to open
 * in the inbox, nothing of the case: email leaves our systems. A failing SMTP server or Keycloak is logged, never
 * rolls back the bridge's work (the change is committed before we get here) and never holds it up.
 */
@ApplicationScoped
public class EmailNotifier {

    private static final Logger LOG = Logger.getLogger(EmailNotifier.class);

    private final ReactiveMailer mailer;
    private final CoordinatorDirectory directory;
    private final ManagedExecutor executor;
    private final String inboxUrl;

    public EmailNotifier(ReactiveMailer mailer, CoordinatorDirectory directory, ManagedExecutor executor,
                         @ConfigProperty(name = "carebridge.bridge.inbox-url") String inboxUrl) {
        this.mailer = mailer;
        this.directory = directory;
        this.executor = executor;
        this.inboxUrl = inboxUrl;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BridgeNotification notification) {
        // on a worker: asking Keycloak who to mail may take a while, and the consumer or request behind this
        // commit must not wait for it
        executor.execute(() -> email(notification));
    }

    void email(BridgeNotification notification) {
        List<String> to;
        try {
            // Keycloak first and outside any transaction: no database connection is held while we wait for it
            Optional<List<CoordinatorDirectory.Coordinator>> known = directory.coordinatorsOf(notification.region());
            to = QuarkusTransaction.requiringNew().call(() -> recipients(notification, known));
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not find who to email about %s %s", notification.kind(), notification.subjectId());
            return;
        }
        // sent in the background: a slow or absent SMTP server never holds up anything else
        for (String address : to) {
            mailer.send(Mail.withText(address, subject(notification), body(notification))).subscribe().with(
                    sent -> LOG.debugf("emailed %s %s", notification.kind(), notification.subjectId()),
                    failure -> LOG.errorf("could not email %s %s: %s", notification.kind(), notification.subjectId(),
                            failure.getMessage()));
        }
    }

    /**
     * The region's coordinators from the directory, or, when Keycloak could not answer, those whose token gave
     * us their address; narrowed to the one addressed, less those who muted the kind.
     */
    static List<String> recipients(BridgeNotification n, Optional<List<CoordinatorDirectory.Coordinator>> directory) {
        List<CoordinatorDirectory.Coordinator> coordinators = directory.orElseGet(() -> {
            LOG.warnf("emailing %s %s only to the coordinators of %s who have opened their inbox here",
                    n.kind(), n.subjectId(), n.region());
            return CoordinatorContact.<CoordinatorContact>list("region", n.region()).stream()
                    .map(c -> new CoordinatorDirectory.Coordinator(c.username, c.email)).toList();
        });
        Set<String> muted = EmailMute.<EmailMute>list("kind", n.kind()).stream().map(m -> m.username)
                .collect(Collectors.toSet());
        return coordinators.stream()
                .filter(c -> n.recipient() == null || n.recipient().equals(c.username()))
                .filter(c -> !muted.contains(c.username())).map(CoordinatorDirectory.Coordinator::email)
                .distinct().toList();
    }

    static String subject(BridgeNotification n) {
        String what = switch (n.kind()) {
            case NEW_ESCALATION -> "New escalation";
            case ALERT -> "New alert";
            case RENOTIFIED -> n.recipient() == null ? "Still unclaimed escalation"
                    : "Escalation waiting on your next step"; // its owner, after a quiet spell
            case CLIMBED -> "Overdue escalation climbed to you";
            case REASSIGNED -> "Escalation reassigned to you";
        };
        return "[Carebridge " + n.region() + "] " + what + ": " + n.summary();
    }

    private String body(BridgeNotification n) {
        String kind = n.kind() == BridgeNotification.Kind.ALERT ? "alert" : "escalation";
        return """
                %s in region %s at %s.

                Open %s %s in the bridge inbox: %s

                You receive this as a bridge coordinator; mute this kind of email in your email settings."""
                .formatted(subject(n), n.region(), n.at(), kind, n.subjectId(), inboxUrl);
    }
}
