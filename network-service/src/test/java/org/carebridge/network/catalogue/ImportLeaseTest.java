package org.carebridge.network.catalogue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.network.ImportSupport;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports across replicas: one another replica runs (fresh heartbeat) is left alone by this replica's start-up and
 * sweeps; one this replica runs keeps its lease by its heartbeat; one failed as abandoned while its replica still ran
 * it (stalled past the lease) stays FAILED and stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class ImportLeaseTest {

    @Inject
    DataSource dataSource;
    @Inject
    ImportLeases leases;
    @Inject
    OfferImports imports;

    @Test
    void anImportAnotherReplicaRunsIsLeftAlone() {
        UUID id = UUID.randomUUID();
        db().update("insert into offer_import (id, status, total, processed, started_by, started_at, running_on, "
                + "heartbeat_at) values (?, 'STORING', 3000, 1250, 'nils', now(), 'network-service-1/ab12cd34', now())",
                id);

        leases.failAbandoned(); // what a replica does on start-up, as in a rolling update, and between heartbeats

        assertEquals("STORING", ImportSupport.status(id.toString()).getString("status"));
    }

    @Test
    void anImportRunningHereKeepsItsLeaseByItsHeartbeat() throws Exception {
        String org = ImportSupport.organisation();
        String id = whileStoringWithAStaleHeartbeat(org, storing -> {
            leases.keepAlive();
            leases.failAbandoned();
            assertEquals("STORING", ImportSupport.status(storing).getString("status"));
        });
        ImportSupport.assertDone(ImportSupport.awaitEnd(id), 2);
    }

    @Test
    void anImportFailedAsAbandonedWhileStillRunningHereStoresNothing() throws Exception {
        String org = ImportSupport.organisation();
        // this replica stalled past its lease (no heartbeat): another one sweeps
        String id = whileStoringWithAStaleHeartbeat(org, storing -> {
            leases.failAbandoned();
            assertEquals("FAILED", ImportSupport.status(storing).getString("status"));
        });
        UUID importId = UUID.fromString(id);
        await().atMost(Duration.ofSeconds(60)).until(() -> !imports.runsHere(importId));

        var state = ImportSupport.status(id);
        assertEquals("FAILED", state.getString("status"));
        assertTrue(state.getString("reason").contains("nothing was imported"), state.prettify());
        assertEquals(1, db().count("select count(*) from offer o join organisation g on g.id = o.organisation_id "
                + "where g.name = ?", org), "only the offer there was before");
    }

    /**
     * Starts an import of a new offer and one this test holds locked, so that it waits there while STORING; makes its
     * heartbeat older than the lease; runs what the test does meanwhile with the import's id; then lets it go on.
     */
    private String whileStoringWithAStaleHeartbeat(String org, Consumer<String> meanwhile) throws Exception {
        String locked = "Locked " + UUID.randomUUID();
        String lockedId = ImportSupport.offer(org, locked);
        try (Connection lock = dataSource.getConnection()) {
            ImportSupport.lock(lock, lockedId);
            String id = ImportSupport.start(ImportSupport.HEADER + "\n"
                    + org + ",New " + UUID.randomUUID() + ",SCHOOL,north,12,16,nl,3,o@example.org\n"
                    + org + "," + locked + ",WORK,north,16,23,nl,77,new@example.org\n");
            ImportSupport.pollUntil(id, s -> s.getString("status").equals("STORING"), new ArrayList<>());
            assertEquals(1, db().update("update offer_import set heartbeat_at = now() - interval '3 minutes' "
                    + "where id = ?", UUID.fromString(id)));
            meanwhile.accept(id);
            lock.rollback();
            return id;
        }
    }

    private Db db() {
        return new Db(dataSource);
    }
}
