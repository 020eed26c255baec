package org.carebridge.network.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.platform.locking.SkipLocked;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * One email per recipient for all the alerts since the last digest, instead of one per alert (one hourly scan once
 * sent a coordinator 48 mails). Alerts arrive one by one, so each is kept as an {@link AlertNotice} in the
 * transaction that received it, and a scheduled flush mails them. A notice is deleted in the transaction that sent
 * its digest: a failed mail leaves it for the next flush, and a process dying between the mail and the commit sends
 * that one digest again rather than losing it. SKIP LOCKED keeps two instances from mailing the same notices.
 */
@ApplicationScoped
public class AlertDigest {

    private static final Logger LOG = Logger.getLogger(AlertDigest.class);
    private static final int SEND_TIMEOUT_SECONDS = (int) MailQueue.GIVE_UP_AFTER.plusSeconds(30).toSeconds();

    private final MailQueue mails;
    private final CoordinatorDirectory directory;
    private final MailTexts texts;

    public AlertDigest(MailQueue mails, CoordinatorDirectory directory, MailTexts texts) {
        this.mails = mails;
        this.directory = directory;
        this.texts = texts;
    }

    /** In the alert's own transaction (not after it): the notice commits with the alert, or neither does. */
    void keep(@Observes BridgeNotification notification) {
        if (notification.kind() == BridgeNotification.Kind.ALERT) {
            AlertNotice.of(notification).persist();
        }
    }

    @Scheduled(every = "${carebridge.bridge.alert-digest-every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        flush();
    }

    /** Resolves who each waiting alert is for, then mails each address its digest; how many digests went out. */
    public int flush() {
        List<Object[]> audiences = QuarkusTransaction.requiringNew().call(() -> AlertNotice.getEntityManager()
                .createQuery("select distinct n.region, n.recipient from AlertNotice n where n.email is null",
                        Object[].class).getResultList());
        for (Object[] audience : audiences) {
            resolve((String) audience[0], (String) audience[1]);
        }
        List<String> addresses = QuarkusTransaction.requiringNew().call(() -> AlertNotice.getEntityManager()
                .createQuery("select distinct n.email from AlertNotice n where n.email is not null", String.class)
                .getResultList());
        int sent = 0;
        for (String address : addresses) {
            try {
                // the notices stay locked while the mail goes (deleted only once the server took it): the
                // transaction outlasts every attempt of the send, not the default 60 s a hanging server would pass
                sent += QuarkusTransaction.requiringNew().timeout(SEND_TIMEOUT_SECONDS)
                        .call(() -> send(address)) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.errorf("could not send the alert digest to %s, kept for the next flush: %s", address, e);
            }
        }
        return sent;
    }

    /** The region's coordinators (recipient null) or the recipient, less those who muted ALERT: one notice each. */
    private void resolve(String region, String recipient) {
        BridgeNotification audience = new BridgeNotification(BridgeNotification.Kind.ALERT, region, recipient, null,
                null, null, null);
        // Keycloak outside any transaction: no database connection is held while we wait for it
        Optional<List<CoordinatorDirectory.Coordinator>> known = EmailNotifier.lookUp(directory, audience);
        QuarkusTransaction.requiringNew().run(() -> {
            List<CoordinatorDirectory.Coordinator> to = EmailNotifier.recipients(audience, known);
            List<AlertNotice> waiting = recipient == null
                    ? locked("email is null and region = ?1 and recipient is null", region)
                    : locked("email is null and region = ?1 and recipient = ?2", region, recipient);
            for (AlertNotice notice : waiting) {
                to.forEach(person -> notice.to(person.email(), person.locale()).persist());
                notice.delete();
            }
        });
    }

    /** Mails {@code address} its waiting alerts and deletes them, in the caller's transaction. */
    private boolean send(String address) {
        List<AlertNotice> digest = locked("email = ?1 order by raisedAt, alertId", address);
        if (digest.isEmpty()) {
            return false; // another instance is sending it right now
        }
        // blocking, with the notices locked: they are deleted only once the SMTP server took the mail
        // in the recipient's language: their Keycloak locale when the notices were resolved
        String locale = digest.get(0).locale;
        mails.deliver(Mail.withText(address, texts.digestSubject(digest, locale), texts.digestBody(digest, locale)),
                "alert digest of " + digest.size());
        digest.forEach(AlertNotice::delete);
        LOG.debugf("alert digest of %d alerts sent to %s", digest.size(), address);
        return true;
    }

    private static List<AlertNotice> locked(String query, Object... params) {
        return SkipLocked.list(AlertNotice.<AlertNotice>find(query, params));
    }
}
