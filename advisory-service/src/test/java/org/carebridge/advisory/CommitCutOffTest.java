package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.advisory.AdvisoryEvents.Referred;
import org.carebridge.advisory.referral.ReferralService;
import org.carebridge.advisory.referral.ReferredToAdvisoryV1;
import org.carebridge.platform.inbox.EventIntake;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A consumer whose database connection is cut while its transaction commits (PostgreSQL restarting) tries again
 * instead of sending the event to the dead-letter topic: on the real path, with the real transaction manager and
 * driver, where the SQL error may hide in the RollbackException's suppressed exceptions rather than its causes.
 * The transaction is EventIntake's own, inbox row included: the cut-off commit loses that row with the referral, so
 * the next attempt finds the event new and applies it.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class CommitCutOffTest {

    @Inject
    EventIntake intake;

    @Inject
    ReferralService referrals;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    @ActivateRequestContext
    void aReferralWhoseCommitLostTheConnectionIsAppliedOnTheNextAttempt() {
        Referred referred = AdvisoryEvents.referred("north");
        Db db = new Db(dataSource);
        AtomicInteger attempts = new AtomicInteger();

        intake.forConsumer("advisory-service.network-referrals").take(referred.json(), ReferredToAdvisoryV1.TYPE,
                ReferredToAdvisoryV1.class, (data, event) -> {
                    long backend = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).longValue();
                    referrals.receive(data, event); // the referral's insert waits for the flush at commit
                    if (attempts.incrementAndGet() == 1) {
                        // as a database shutdown would, from another thread: inside this transaction the pool
                        // would hand out the transaction's own connection. The flush at commit then fails.
                        long cut = CompletableFuture.supplyAsync(() -> db.count(
                                "select case when pg_terminate_backend(?::int, 5000) then 1 else 0 end", backend)).join();
                        assertEquals(1, cut, "the commit's connection was cut");
                    }
                });

        assertEquals(2, attempts.get(), "the cut-off commit was tried again, and its inbox row did not survive it");
        assertEquals(1, db.count("select count(*) from referral where id = ?", referred.referralId()));
        assertEquals(1, db.count("select count(*) from inbox_event where event_id = ? and consumer = ?",
                referred.eventId(), "advisory-service.network-referrals"));
    }
}
