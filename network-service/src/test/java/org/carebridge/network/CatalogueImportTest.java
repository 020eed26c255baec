package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.carebridge.network.catalogue.ImportLeases;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A CSV import runs in the background and can be followed: its progress moves, it ends DONE with every row or
 * FAILED with nothing, and an import cut short by a stop of its replica is FAILED once its lease is over
 * (ImportLeaseTest: what another replica runs is left alone).
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class CatalogueImportTest {

    private static final String HEADER = ImportSupport.HEADER;
    private static final List<String> PHASES = List.of("VALIDATING", "STORING", "DONE", "FAILED");

    @Inject
    DataSource dataSource;
    @Inject
    ImportLeases leases;

    @Test
    void aLargeImportShowsItsProgressMovingUntilDone() throws Exception {
        String org = ImportSupport.organisation();
        String existing = "Existing " + UUID.randomUUID();
        String existingId = ImportSupport.offer(org, existing);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i < 5000; i++) {
            csv.append(org).append(",Offer ").append(i).append(",SCHOOL,north,12,16,nl;ar,").append(i % 50)
                    .append(",o@example.org\n");
        }
        // the last row updates an offer this test holds locked: the storing transaction must wait there, so the
        // test sees it mid-way for sure instead of hoping to poll at the right moment
        csv.append(org).append(',').append(existing).append(",WORK,north,16,23,nl,77,new@example.org\n");
        List<JsonPath> seen = new ArrayList<>();
        String id;
        try (Connection lock = dataSource.getConnection()) {
            ImportSupport.lock(lock, existingId);
            id = ImportSupport.start(csv.toString());
            JsonPath midway = ImportSupport.pollUntil(id, p -> p.getString("status").equals("STORING")
                    && p.getInt("processed") > 0, seen);
            assertThat(midway.getInt("processed"), lessThan(5000));
            assertEquals(0, db().count("select count(*) from offer where organisation_id = "
                    + "(select id from organisation where name = ?) and title like 'Offer %'", org),
                    "stored rows are visible before the import is done");
            lock.rollback();
        }
        JsonPath done = ImportSupport.pollUntil(id, ImportSupport::ended, seen);
        ImportSupport.assertDone(done, 5000);
        assertThat(seen.size(), greaterThan(2));
        for (int i = 1; i < seen.size(); i++) {
            JsonPath before = seen.get(i - 1);
            JsonPath after = seen.get(i);
            int phase = Integer.compare(PHASES.indexOf(after.getString("status")),
                    PHASES.indexOf(before.getString("status")));
            assertTrue(phase > 0 || phase == 0 && after.getInt("processed") >= before.getInt("processed"),
                    "progress went back: " + before.prettify() + " then " + after.prettify());
        }
        assertEquals(5000, db().count("select count(*) from offer o join organisation g on g.id = o.organisation_id "
                + "where g.name = ?", org));
        assertEquals(77, db().count("select capacity from offer where id = ?", UUID.fromString(existingId)));
    }

    @Test
    void anImportWithBadRowsFailsWithItsErrorsByRowAndStoresNothing() {
        String org = ImportSupport.organisation();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 600; i++) {
            String capacity = i == 321 ? "lots" : "3";
            String organisation = i == 555 ? "Nobody Org" : org;
            csv.append(organisation).append(",Offer ").append(i).append(",SCHOOL,north,12,16,nl,").append(capacity)
                    .append(",o@example.org\n");
        }
        csv.append(org).append(",Offer 1,SCHOOL,north,12,16,nl,3,o@example.org\n");
        JsonPath failed = ImportSupport.awaitEnd(ImportSupport.start(csv.toString()));
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(List.of("row 321: capacity", "row 555: organisation", "row 601: title"),
                failed.getList("errors.field"));
        assertEquals(601, failed.getInt("processed"), "every row is checked before failing");
        assertEquals(0, db().count("select count(*) from offer o join organisation g on g.id = o.organisation_id "
                + "where g.name = ?", org));
    }

    @Test
    void anImportWhoseReplicaStoppedIsFailedOnceItsLeaseIsOver() {
        UUID id = UUID.randomUUID();
        db().update("insert into offer_import (id, status, total, processed, started_by, started_at, running_on, "
                + "heartbeat_at) values (?, 'STORING', 3000, 1250, 'nils', now() - interval '10 minutes', 'gone/1', "
                + "now() - interval '3 minutes')", id);
        as("nils").get("/api/network/offers/imports/{id}", id).then().statusCode(200)
                .body("status", equalTo("STORING"));

        leases.failAbandoned(); // what every replica does on start and between heartbeats

        as("nils").get("/api/network/offers/imports/{id}", id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("reason", containsString("nothing was imported"))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aFinishedImportIsLeftAloneByTheStartUpCheck() {
        String org = ImportSupport.organisation();
        String id = ImportSupport.start(HEADER + "\n" + org + ",Kept,SCHOOL,north,12,16,nl,3,o@example.org\n");
        ImportSupport.assertDone(ImportSupport.awaitEnd(id), 1);
        leases.failAbandoned();
        ImportSupport.assertDone(ImportSupport.status(id), 1);
    }

    @Test
    void aTooLargeFileIsRefusedWithAProblem() {
        String big = HEADER + "\n" + "x".repeat(2 * 1024 * 1024 + 1);
        as("nils").contentType("text/csv").body(big).post("/api/network/offers/import").then().statusCode(413)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
    }

    @Test
    void onlyANetworkAdminImportsAndFollowsImports() {
        String id = ImportSupport.start(HEADER + "\n" + ImportSupport.organisation() + ",Mine,SCHOOL,north,1,2,nl,1,o@example.org\n");
        for (String user : List.of("anna", "bruno", "sofie", "ada", "otto")) {
            as(user).contentType("text/csv").body(HEADER + "\n").post("/api/network/offers/import").then()
                    .statusCode(403);
            as(user).get("/api/network/offers/imports/{id}", id).then().statusCode(403);
        }
        as("nils").get("/api/network/offers/imports/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("nils").get("/api/network/offers/imports/{id}", "not-an-id").then().statusCode(404);
    }

    private Db db() {
        return new Db(dataSource);
    }
}
