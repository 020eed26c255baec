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
 * Sends the bridge's notification emails one at a time, on a thread of its own, each tried up to three times. One at
 * a time because bursts of parallel sends (a sweep re-notifying dozens of escalations at once) left SMTP exchanges
 * silent in the mail client's connection pool until the server hung up on them, every one of the burst at the same
 * moment; our volume (a few mails per step, a digest per scan) needs no parallel connections, and a slow SMTP server
 * now only delays mail, never anything else.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** Three attempts, each of which a server that stops answering ends within about 30 s. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

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

    private void sendNow(Mail mail, String what) {
        try {
            mailer.send(mail)
                    .onFailure().invoke(failure -> LOG.warnf("emailing %s failed (tried up to 3 times): %s", what,
                            failure.toString()))
                    .onFailure().retry().withBackOff(RETRY_AFTER).atMost(2)
                    .await().atMost(GIVE_UP_AFTER);
            sent.increment();
            LOG.debugf("emailed %s", what);
        } catch (RuntimeException e) {
            failed.increment();
            LOG.errorf("could not email %s: %s", what, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
