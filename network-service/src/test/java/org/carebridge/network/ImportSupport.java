package org.carebridge.network;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;
import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Starts catalogue CSV imports as nils and follows them through their progress endpoint. */
final class ImportSupport {

    private ImportSupport() {
    }

    /** Posts the file, expects 202 with the import's Location; answers the import's id. */
    static String start(String csv) {
        Response accepted = as("nils").contentType("text/csv").body(csv).post("/api/network/offers/import");
        accepted.then().statusCode(202);
        String id = accepted.path("id");
        accepted.then().header("Location", endsWith("/api/network/offers/imports/" + id));
        return id;
    }

    static JsonPath status(String id) {
        return as("nils").get("/api/network/offers/imports/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** Polls until the import is where the test wants it, keeping every state seen on the way. */
    static JsonPath pollUntil(String id, Predicate<JsonPath> reached, List<JsonPath> seen) {
        AtomicReference<JsonPath> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonPath now = status(id);
            seen.add(now);
            last.set(now);
            return reached.test(now);
        });
        return last.get();
    }

    static JsonPath awaitEnd(String id) {
        return pollUntil(id, ImportSupport::ended, new ArrayList<>());
    }

    static boolean ended(JsonPath state) {
        return List.of("DONE", "FAILED").contains(state.getString("status"));
    }

    static void assertDone(JsonPath state, int rows) {
        assertEquals("DONE", state.getString("status"), () -> state.prettify());
        assertEquals(rows, state.getInt("processed"));
        assertEquals(rows, state.getInt("total"));
    }
}
