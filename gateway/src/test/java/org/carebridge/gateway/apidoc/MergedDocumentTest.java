package org.carebridge.gateway.apidoc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merge on small documents shaped like the services' (src/test/resources/apidoc): EscalationView differs between
 * case- and network-service, Step refers to it in both, Problem and Tier are the same everywhere, the dead-letter
 * resources share their operation ids (plain JUnit).
 */
class MergedDocumentTest {

    static final List<String> SOURCES = List.of("gateway", "case-service", "network-service", "advisory-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, JsonNode> fixtures() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        SOURCES.forEach(source -> documents.put(source, fixture(source)));
        return documents;
    }

    static JsonNode fixture(String source) {
        try (InputStream in = MergedDocumentTest.class.getResourceAsStream("/apidoc/" + source + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final JsonNode merged = MergedDocument.merge(fixtures(), Map.of());

    @Test
    void everyOperationOfEveryDocumentIsInTheMergedOneAtThePathThePublicCalls() {
        int operations = ApiDocumentChecks.assertEveryOperationIn(merged, fixtures());
        assertEquals(11, operations, "the fixtures' operations that the gateway answers or relays");
    }

    @Test
    void aPathGoesToWhoeverAnswersIt() {
        assertEquals("MyWorkResource_work", merged.at("/paths/~1api~1me~1work/get/operationId").asText(),
                "the gateway relays /api/me/work: case-service's operation, not the gateway's relay method");
        assertTrue(merged.at("/paths/~1internal~1not-relayed").isMissingNode(), "not reachable through the gateway");
    }

    @Test
    void everyReferenceResolvesAndTheDocumentLoadsInAValidator() {
        ApiDocumentChecks.assertValid(merged);
    }

    @Test
    void aNameThatMeansDifferentThingsIsPrefixedPerServiceAndItsReferencesFollow() {
        JsonNode schemas = merged.path("components").path("schemas");
        assertFalse(schemas.has("EscalationView"));
        assertTrue(schemas.path("CaseService_EscalationView").path("properties").has("caseId"));
        assertTrue(schemas.path("NetworkService_EscalationView").path("properties").has("region"));
        assertEquals("#/components/schemas/CaseService_EscalationView",
                merged.at("/paths/~1api~1cases~1{id}~1escalations/get/responses/200/content/application~1json/schema/items/$ref")
                        .asText());
        assertEquals("#/components/schemas/NetworkService_EscalationView",
                merged.at("/paths/~1api~1network~1escalations~1{id}/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
        // Step reads the same in both, but refers to a different EscalationView in each: it collides too
        assertEquals("#/components/schemas/NetworkService_EscalationView",
                schemas.at("/NetworkService_Step/properties/escalation/$ref").asText());
        assertEquals("#/components/schemas/CaseService_Step",
                schemas.at("/MyWork/properties/steps/items/$ref").asText());
    }

    @Test
    void aNameThatMeansTheSameEverywhereIsKeptOnce() {
        JsonNode components = merged.path("components");
        for (String name : List.of("Problem", "Tier", "DeadLetterView", "Me", "MyWork", "ReferralView")) {
            assertTrue(components.path("schemas").has(name), name);
        }
        assertEquals(Set.of("SecurityScheme"), Set.copyOf(fieldNames(components.path("securitySchemes"))));
        assertEquals(1, merged.path("tags").size(), "Dead letters, once");
    }

    @Test
    void anOperationIdTwoServicesShareIsPrefixedAndAllAreUnique() {
        assertEquals("CaseService_DeadLetterResource_list",
                merged.at("/paths/~1api~1cases~1dead-letters/get/operationId").asText());
        assertEquals("NetworkService_DeadLetterResource_list",
                merged.at("/paths/~1api~1network~1dead-letters/get/operationId").asText());
        assertEquals("DeadLetterResource_replay",
                merged.at("/paths/~1api~1advisory~1dead-letters~1{id}~1replay/post/operationId").asText());
        List<String> ids = new ArrayList<>();
        merged.path("paths").forEach(item -> item.forEach(operation -> {
            if (operation.has("operationId")) {
                ids.add(operation.path("operationId").asText());
            }
        }));
        assertEquals(Set.copyOf(ids).size(), ids.size(), "duplicate operation ids: " + ids);
    }

    @Test
    void aSourceThatDidNotAnswerIsNamedAtTheTopOfTheDocument() {
        Map<String, JsonNode> documents = fixtures();
        documents.remove("network-service");
        JsonNode partial = MergedDocument.merge(documents, Map.of("network-service", "ConnectException"));
        assertEquals("ConnectException", partial.path(MergedDocument.MISSING).path("network-service").asText());
        assertTrue(partial.at("/info/description").asText().contains("network-service did not answer"));
        assertTrue(partial.at("/paths/~1api~1network~1notifications").isMissingNode());
        // without network-service nothing collides any more
        assertTrue(partial.at("/components/schemas/EscalationView").isObject());
        ApiDocumentChecks.assertValid(partial);
        assertTrue(merged.path(MergedDocument.MISSING).isMissingNode(), "a complete document claims nothing missing");
    }

    @Test
    void thePrefixIsTheServiceNameInPascalCase() {
        assertEquals("CaseService_", ComponentNames.prefix("case-service"));
        assertEquals("Gateway_", ComponentNames.prefix("gateway"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
