package org.carebridge.e2e.contract;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.carebridge.stack.testing.ApiContract;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API contract of the end-to-end walks: every request and answer they exchanged with the gateway matches the
 * public OpenAPI document (the gateway's merge of its own and the services', /q/openapi-public). Runs after every other class of this JVM (junit-platform.properties
 * orders classes by {@code @Order}), so it sees their exchanges: run it with them, e.g.
 * {@code -Dit.test='ThinLoopIT,LadderIT,ApiContractIT'}.
 */
@Order(Integer.MAX_VALUE)
class ApiContractIT {

    @Test
    void everyExchangeOfTheWalksMatchesTheDocuments() {
        ApiContract contract = ApiContract.of(SystemUnderTest.start());
        String report = contract.report(Path.of("target", "api-contract-e2e.txt"));
        System.out.println(report);
        assertTrue(contract.checked() > 0, "no exchange with the API was recorded: run this with the walks");
        assertEquals(Map.of(), contract.mismatches(), report);
    }

    /** The check is not blind: against the real merged document, an answer with an undocumented field or status fails. */
    @Test
    void aPlantedMismatchIsCaught() {
        ApiContract fresh = ApiContract.read(SystemUnderTest.start());
        SimpleRequest me = SimpleRequest.Builder.get("/api/me").withAuthorization("Bearer planted").build();
        fresh.check(me, SimpleResponse.Builder.status(418).withContentType("application/json").withBody("{}").build(),
                true);
        assertEquals(1, fresh.mismatches().size(), fresh.mismatches().toString());
        assertTrue(fresh.mismatches().keySet().iterator().next().contains("validation.response.status.unknown"),
                fresh.mismatches().toString());
        fresh.check(me, SimpleResponse.Builder.ok().withContentType("application/json")
                .withBody("{\"plantedField\":1}").build(), true);
        assertFalse(fresh.mismatches().keySet().stream().noneMatch(m -> m.contains("plantedField")),
                fresh.mismatches().toString());
    }
}
