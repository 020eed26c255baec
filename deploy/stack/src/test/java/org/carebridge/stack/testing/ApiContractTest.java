package org.carebridge.stack.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract check catches what it is for, on a small document: an undocumented status, field or content type. */
class ApiContractTest {

    private static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: t, version: "1"}
            paths:
              /api/cases/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: string, format: uuid}}]
                  responses:
                    "200":
                      description: the case
                      content:
                        application/json:
                          schema: {type: object, required: [id], properties: {id: {type: string}}}
                    "404":
                      description: unknown
                      content:
                        application/problem+json:
                          schema: {type: object, required: [status], properties: {status: {type: integer}}}
            """;
    private static final String PATH = "/api/cases/6f1c1f0e-6c3a-4d7e-9b1a-6a4f1e2d3c4b";

    private static ApiContract.Exchange answer(int status, String type, String body) {
        return new ApiContract.Exchange("GET", PATH, Map.of(), Map.of(), null, status,
                Map.of("Content-Type", List.of(type)), body);
    }

    @Test
    void aDocumentedAnswerPasses() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(answer(200, "application/json", "{\"id\":\"x\"}"), true);
        contract.check(answer(404, "application/problem+json", "{\"status\":404}"), false);
        assertEquals(Map.of(), contract.mismatches());
        assertEquals(2, contract.checked());
    }

    @Test
    void anUndocumentedStatusFieldOrTypeIsAMismatch() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(answer(201, "application/json", "{\"id\":\"x\"}"), true);
        contract.check(answer(200, "application/json", "{\"id\":\"x\",\"familyName\":\"y\"}"), true);
        contract.check(answer(404, "application/json", "{\"status\":404}"), false);
        assertEquals(3, contract.mismatches().size(), contract.mismatches().toString());
        String all = contract.mismatches().toString();
        assertTrue(all.contains("validation.response.status.unknown"), all);
        assertTrue(all.contains("familyName"), all);
        assertTrue(all.contains("validation.response.contentType.notAllowed"), all);
    }

    @Test
    void aBadRequestToAnUndocumentedPathIsOutsideTheDocuments() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(new ApiContract.Exchange("DELETE", "/api/cases/..;/q/metrics", Map.of(), Map.of(), null, 400,
                Map.of("Content-Type", List.of("application/problem+json")), "{\"status\":400}"), false);
        assertEquals(Map.of(), contract.mismatches());
        assertEquals(1, contract.outsideDocuments());
    }

    @Test
    void anEventStreamCutAfterItsHeadersIsCheckedForStatusAndTypeOnly() {
        String document = DOCUMENT.replace("application/json:", "text/event-stream:");
        ApiContract contract = ApiContract.of(document);
        contract.check(answer(200, "text/event-stream", ""), false);
        assertEquals(Map.of(), contract.mismatches());
        contract.check(answer(201, "text/event-stream", ""), false);
        contract.check(answer(200, "application/json", ""), false);
        // the undocumented status; the undocumented type, whose missing body counts as ever
        assertEquals(3, contract.mismatches().size(), contract.mismatches().toString());
        assertTrue(contract.mismatches().keySet().stream().anyMatch(m -> m.contains("-> 200")
                && m.contains("validation.response.body.missing")), contract.mismatches().toString());
    }

    @Test
    void theApiIsWhatIsChecked() {
        ApiContract contract = ApiContract.of(DOCUMENT);
        contract.check(new ApiContract.Exchange("GET", "/q/metrics", Map.of(), Map.of(), null, 404, Map.of(), ""), false);
        contract.check(new ApiContract.Exchange("GET", "/cases/1", Map.of(), Map.of(), null, 200, Map.of(), "x"), true);
        assertEquals(0, contract.checked(), "the web client's pages and /q are not the API");
        assertTrue(ApiContract.isApi("/api/me/work"));
    }

    /** A merge that could not read a service's document would leave that whole service unchecked. */
    @Test
    void aMergedDocumentThatLacksAServiceIsRefused() {
        String lacking = DOCUMENT.replace("info: {title: t, version: \"1\"}",
                "info: {title: t, version: \"1\"}\nx-carebridge-missing: {network-service: refused}");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ApiContract.of(lacking));
        assertTrue(refused.getMessage().contains("lacks a service"), refused.getMessage());
    }
}
