package org.carebridge.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.network.alert.CaseAlertRaisedV1;
import org.carebridge.network.erasure.CaseErasedV1;
import org.carebridge.network.escalation.CaseEscalatedV1;
import org.carebridge.network.escalation.CaseEscalationWithdrawnV1;
import org.carebridge.network.escalation.EscalationResolvedV1;
import org.carebridge.network.handover.CaseHandoverAcceptedV1;
import org.carebridge.network.handover.CaseHandoverDeclinedV1;
import org.carebridge.network.handover.CaseHandoverRequestedV1;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("consumedFromCaseService")
    void ourCopiesReadCaseServicesExamples(String type, Class<?> record) {
        assertTrue(Files.exists(CASE_SERVICE), "no contract check without the producer's AsyncAPI document: "
                + CASE_SERVICE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(CASE_SERVICE, type), record, type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consumedFromCaseService")
    void ourDocumentRepeatsCaseServicesEventsAsWeReadThem(String type, Class<?> record) {
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, type), record, type);
    }

    static Stream<Arguments> consumedFromCaseService() {
        return Stream.of(
                Arguments.of(CaseEscalatedV1.TYPE, CaseEscalatedV1.class),
                Arguments.of(CaseEscalationWithdrawnV1.TYPE, CaseEscalationWithdrawnV1.class),
                Arguments.of(CaseAlertRaisedV1.TYPE, CaseAlertRaisedV1.class),
                Arguments.of(CaseHandoverRequestedV1.TYPE, CaseHandoverRequestedV1.class),
                Arguments.of(CaseHandoverAcceptedV1.TYPE, CaseHandoverAcceptedV1.class),
                Arguments.of(CaseHandoverDeclinedV1.TYPE, CaseHandoverDeclinedV1.class),
                Arguments.of(CaseErasedV1.TYPE, CaseErasedV1.class));
    }

    @Test
    void ourAdviceRecordReadsAdvisoryServicesExample() {
        assertTrue(Files.exists(ADVISORY_SERVICE), "no contract check without the producer's AsyncAPI document: "
                + ADVISORY_SERVICE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(ADVISORY_SERVICE, AdviceGivenV1.TYPE), AdviceGivenV1.class,
                AdviceGivenV1.TYPE);
    }

    @Test
    void ourDocumentRepeatsTheAdviceAsWeReadIt() {
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
        // bridgeSteps (0.2): categories and times of what the bridge did; no notes, no names of invited people
        assertEquals(Set.of("ageBand", "barrier", "bridgeSteps", "domains", "escalationId", "intensity", "pseudonym",
                "question", "referralId", "referredAt", "referredBy", "region", "triedMeasures", "urgency"),
                fieldNames(produced), "the digest's fields are a privacy decision: change this list only with one");
        for (JsonNode step : produced.get("bridgeSteps")) {
            assertEquals(Set.of("at", "step"), fieldNames(step), "a bridge step is a category and a time, nothing more");
        }
    }

    @Test
    void ourResolutionExampleIsExactlyWhatWeProduce() throws Exception {
        JsonNode example = AsyncApiExamples.data(OURS, EscalationResolvedV1.TYPE);
        EscalationResolvedV1 record = mapper.treeToValue(example, EscalationResolvedV1.class);
        JsonNode produced = mapper.valueToTree(record);
        assertEquals(fieldNames(example), fieldNames(produced));
        assertSameValues(example, produced);
    }

    private <T> void readsAndKeepsEveryValue(JsonNode example, Class<T> type, String eventType) {
        CloudEvent event = new CloudEvent("1.0", "contract", "contract-test", eventType, OffsetDateTime.now(), "s",
                "application/json", example);
        T record = reader.data(event, type); // throws PoisonEventException when the live consumer would refuse it
        ObjectNode readBack = mapper.valueToTree(record);
        // an optional field the example leaves out reads as null: that is no field we expect
        readBack.properties().removeIf(field -> field.getValue().isNull());
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
