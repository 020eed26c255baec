package org.carebridge.network;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts catalogue CSV imports as nils and follows them through their progress endpoint. */
public final class ImportSupport {

    public static final String HEADER = "organisation,title,domain,region,minAge,maxAge,languages,capacity,contact";

    private ImportSupport() {
    }

    /** Posts the file, expects 202 with the import's Location; answers the import's id. */
    public static String start(String csv) {
        Response accepted = as("nils").contentType("text/csv").body(csv).post("/api/network/offers/import");
        accepted.then().statusCode(202);
        String id = accepted.path("id");
        accepted.then().header("Location", endsWith("/api/network/offers/imports/" + id));
        return id;
    }

    public static JsonPath status(String id) {
        return as("nils").get("/api/network/offers/imports/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** Polls until the import is where the test wants it, keeping every state seen on the way. */
    public static JsonPath pollUntil(String id, Predicate<JsonPath> reached, List<JsonPath> seen) {
        AtomicReference<JsonPath> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonPath now = status(id);
            seen.add(now);
            last.set(now);
            return reached.test(now);
        });
        return last.get();
    }

    public static JsonPath awaitEnd(String id) {
        return pollUntil(id, ImportSupport::ended, new ArrayList<>());
    }

    public static boolean ended(JsonPath state) {
        return List.of("DONE", "FAILED").contains(state.getString("status"));
    }

    public static void assertDone(JsonPath state, int rows) {
        assertEquals("DONE", state.getString("status"), () -> state.prettify());
        assertEquals(rows, state.getInt("processed"));
        assertEquals(rows, state.getInt("total"));
    }

    /** A new organisation of its own (north), as nils; answers its name. */
    public static String organisation() {
        String name = "Import Org " + UUID.randomUUID().toString().substring(0, 8);
        as("nils").contentType(ContentType.JSON).body(Map.of("name", name, "region", "north", "contact", "o@example.org"))
                .post("/api/network/organisations").then().statusCode(201);
        return name;
    }

    /** An offer of the organisation, as nils; answers its id. */
    public static String offer(String organisation, String title) {
        return as("nils").contentType(ContentType.JSON).body(Map.of("organisation", organisation, "title", title,
                        "domain", "SCHOOL", "region", "north", "minAge", 12, "maxAge", 16, "languages", List.of("nl"),
                        "capacity", 1, "contact", "offer@example.org"))
                .post("/api/network/offers").then().statusCode(201).extract().path("id");
    }

    /**
     * Locks the offer in the open transaction of this connection: an import that updates it must wait there, so a test
     * sees the import mid-way for sure instead of hoping to poll at the right moment.
     */
    public static void lock(Connection transaction, String offerId) throws SQLException {
        transaction.setAutoCommit(false);
        try (PreparedStatement s = transaction.prepareStatement("select id from offer where id = ? for update")) {
            s.setObject(1, UUID.fromString(offerId));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
            }
        }
    }
}
