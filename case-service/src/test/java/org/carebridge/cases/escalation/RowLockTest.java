package org.carebridge.cases.escalation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.platform.locking.RowLock;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.carebridge.cases.CaseApi.createCase;
import static org.carebridge.cases.CaseApi.escalate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The intakes of the bridge's step and of its resolution read an escalation, then lock it: when both events about
 * one escalation are consumed at once, the second to lock must see what the first committed, or it writes the old
 * state back (the demo load saw a resolved escalation stay RAISED). RowLock reads the row again under its lock.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class RowLockTest {

    @Test
    void aRowReadBeforeItsLockShowsUnderTheLockWhatAnotherTransactionCommittedMeanwhile() throws Exception {
        UUID id = UUID.fromString(escalate("anna", createCase("anna")));
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        CompletableFuture<String> seenUnderLock = CompletableFuture.supplyAsync(() ->
                QuarkusTransaction.requiringNew().call(() -> {
                    Escalation known = Escalation.findById(id); // as an intake reads it, before any lock
                    read.countDown();
                    assertTrue(committed.await(30, TimeUnit.SECONDS));
                    return RowLock.reread(known).bridgeOwner;
                }));
        assertTrue(read.await(30, TimeUnit.SECONDS));
        QuarkusTransaction.requiringNew().run(() ->
                Escalation.update("bridgeOwner = ?1 where id = ?2", "olga", id)); // the other event's intake
        committed.countDown();
        assertEquals("olga", seenUnderLock.get(30, TimeUnit.SECONDS));
    }
}
