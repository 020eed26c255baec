package org.carebridge.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.network.escalation.CaseEscalatedV1;
import org.carebridge.platform.events.EventReader;
import org.carebridge.network.referral.AdviceGivenV1;
import org.carebridge.network.referral.ReferredToAdvisoryV1;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Consumer-driven contract, read from the producers' own AsyncAPI documents: network-service's copies of the
 * event records read the producers' examples (through the same reader and validation as the live consumer),
 * and network-service's own document shows exactly what it produces.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class EventContractTest {

    static final Path CASE_SERVICE = Path.of("../case-service/src/main/resources/asyncapi.yaml");
    static final Path ADVISORY_SERVICE = Path.of("../advisory-service/src/main/resources/asyncapi.yaml");
    static final Path OURS = Path.of("src/main/resources/asyncapi.yaml");

    @Inject
    EventReader reader;
    @Inject
    ObjectMapper mapper;

    @Test
    void ourCaseEscalatedRecordReadsCaseServicesExample() {
        assumeTrue(Files.exists(CASE_SERVICE), "case-service has no AsyncAPI document yet: " + CASE_SERVICE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(CASE_SERVICE, CaseEscalatedV1.TYPE), CaseEscalatedV1.class,
                CaseEscalatedV1.TYPE);
    }

    @Test
    void ourAdviceRecordReadsAdvisoryServicesExample() {
        assumeTrue(Files.exists(ADVISORY_SERVICE), "advisory-service has no AsyncAPI document yet: " + ADVISORY_SERVICE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(ADVISORY_SERVICE, AdviceGivenV1.TYPE), AdviceGivenV1.class,
                AdviceGivenV1.TYPE);
    }

    @Test
    void ourDocumentRepeatsTheConsumedEventsAsWeReadThem() {
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, CaseEscalatedV1.TYPE), CaseEscalatedV1.class,
                CaseEscalatedV1.TYPE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, AdviceGivenV1.TYPE), AdviceGivenV1.class, AdviceGivenV1.TYPE);
    }

    @Test
    void ourReferralExampleIsExactlyWhatWeProduce() throws Exception {
        JsonNode example = AsyncApiExamples.data(OURS, ReferredToAdvisoryV1.TYPE);
        // the produced record does not ignore unknown fields: an example field it lacks fails here
        ReferredToAdvisoryV1 record = mapper.treeToValue(example, ReferredToAdvisoryV1.class);
        JsonNode produced = mapper.valueToTree(record);
        assertEquals(fieldNames(example), fieldNames(produced));
        assertSameValues(example, produced);
        assertEquals(Set.of("ageBand", "barrier", "domains", "escalationId", "intensity", "pseudonym", "question",
                "referralId", "referredAt", "referredBy", "region", "triedMeasures", "urgency"), fieldNames(produced),
                "the digest's fields are a privacy decision: change this list only with one");
    }

    private <T> void readsAndKeepsEveryValue(JsonNode example, Class<T> type, String eventType) {
        CloudEvent event = new CloudEvent("1.0", "contract", "contract-test", eventType, OffsetDateTime.now(), "s",
                "application/json", example);
        T record = reader.data(event, type); // throws PoisonEventException when the live consumer would refuse it
        JsonNode readBack = mapper.valueToTree(record);
        assertTrue(fieldNames(example).containsAll(fieldNames(readBack)),
                "we expect fields the producer does not send: " + fieldNames(readBack) + " vs " + fieldNames(example));
        assertSameValues(example, readBack);
    }

    /** Every value we read equals the producer's; timestamps compare as instants, whatever their notation. */
    private static void assertSameValues(JsonNode expected, JsonNode actual) {
        for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode want = expected.get(field.getKey());
            if (field.getKey().endsWith("At")) {
                assertEquals(OffsetDateTime.parse(want.asText()).toInstant(),
                        OffsetDateTime.parse(field.getValue().asText()).toInstant(), field.getKey());
            } else if (field.getValue().isArray()) {
                assertEquals(want.toString(), field.getValue().toString(), field.getKey());
            } else {
                assertEquals(want.asText(), field.getValue().asText(), field.getKey());
            }
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
