package org.carebridge.network.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends the bridge's notification emails, each tried up to three times (a second apart, each on a fresh connection):
 * now and then an SMTP exchange goes silent until the server hangs up on it (seen in bursts in the tests; the cause
 * is not found), and a retry a moment later delivers the mail. {@link #send} queues a mail for a thread of its own,
 * one at a time (our volume, a few mails per step, needs no parallel connections, and a slow SMTP server only delays
 * mail, never anything else); {@link #deliver} sends on the caller's thread and tells whether it went.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** Three attempts, each of which a server that stops answering ends within about 30 s. */
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

    private final ReactiveMailer mailer;
    private final Counter sent;
    private final Counter failed;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "notification-mail");
        thread.setDaemon(true);
        return thread;
    });

    public MailQueue(ReactiveMailer mailer, MeterRegistry meters) {
        this.mailer = mailer;
        this.sent = emails(meters, "sent");
        this.failed = emails(meters, "failed");
    }

    /** Emails the bridge sent, and those that failed even after the retries (an SMTP server down shows here first). */
    private static Counter emails(MeterRegistry meters, String outcome) {
        return Counter.builder("carebridge.emails").description("notification emails by outcome")
                .tag("outcome", outcome).register(meters);
    }

    /** Queues the mail; {@code what} names it in the log (kind and id, never an address or a text). */
    public void send(Mail mail, String what) {
        sender.execute(() -> sendNow(mail, what));
    }

    /**
     * Sends now, on the caller's thread, with the same attempts: for a sender that must know the outcome (the alert
     * digest deletes its notices only once the server took the mail). Throws when every attempt failed.
     */
    public void deliver(Mail mail, String what) {
        try {
            mailer.send(mail)
                    .onFailure().invoke(failure -> LOG.warnf("emailing %s failed (tried up to 3 times): %s", what,
                            failure.toString()))
                    .onFailure().retry().withBackOff(RETRY_AFTER).atMost(2)
                    .await().atMost(GIVE_UP_AFTER);
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        sent.increment();
        LOG.debugf("emailed %s", what);
    }

    private void sendNow(Mail mail, String what) {
        try {
            deliver(mail, what);
        } catch (RuntimeException e) {
            LOG.errorf("could not email %s: %s", what, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
