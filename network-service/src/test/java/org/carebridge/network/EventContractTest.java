package org.carebridge.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.network.alert.CaseAlertRaisedV1;
import org.carebridge.network.erasure.CaseErasedV1;
import org.carebridge.network.escalation.CaseEscalatedV1;
import org.carebridge.network.escalation.CaseEscalationWithdrawnV1;
import org.carebridge.network.escalation.EscalationResolvedV1;
import org.carebridge.network.escalation.EscalationStepV1;
import org.carebridge.network.handover.CaseHandoverAcceptedV1;
import org.carebridge.network.handover.CaseHandoverDeclinedV1;
import org.carebridge.network.handover.CaseHandoverWithdrawnV1;
import org.carebridge.network.handover.CaseHandoverRequestedV1;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.carebridge.platform.events.EventReader;
import org.carebridge.network.referral.AdviceGivenV1;
import org.carebridge.network.teamnotice.ReferralStepV1;
import org.carebridge.network.referral.ReferredToAdvisoryV1;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.Vocabularies;
import org.carebridge.network.vocabulary.Barrier;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.carebridge.stack.testing.AsyncApiExamples.document;
import static org.carebridge.stack.testing.ExampleValues.assertReadsBackAsSent;
import static org.carebridge.stack.testing.ExampleValues.assertWrittenAsDocumented;
import static org.carebridge.stack.testing.ExampleValues.fieldNames;
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
                Arguments.of(CaseHandoverWithdrawnV1.TYPE, CaseHandoverWithdrawnV1.class),
                Arguments.of(CaseErasedV1.TYPE, CaseErasedV1.class));
    }

    /** Every alert example, not only the first: kinds network-service has no code for are read all the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("caseServicesAlertExamples")
    void ourAlertCopyReadsEveryAlertExampleOfCaseService(String name, JsonNode data) {
        readsAndKeepsEveryValue(data, CaseAlertRaisedV1.class, CaseAlertRaisedV1.TYPE);
    }

    static Stream<Arguments> caseServicesAlertExamples() {
        List<Arguments> examples = examples(CASE_SERVICE, CaseAlertRaisedV1.TYPE);
        assertTrue(examples.size() > 1, "case-service documents an example per kind it added: " + examples);
        return examples.stream();
    }

    /** Every example of the event {@code type} in {@code document}: its name and its data. */
    private static List<Arguments> examples(Path document, String type) {
        return AsyncApiExamples.examples(document, type).stream().map(e -> Arguments.of(e.name(), e.data())).toList();
    }

    /**
     * Our copy of the alert schema names every field case-service sends, as case-service types it; it may only be
     * wider where we read an open set (the kind: any string, no enum), so a new kind needs no change of ours.
     */
    @Test
    void ourAlertSchemaHasEveryFieldCaseServiceSendsAndIsWiderOnlyInItsEnums() {
        JsonNode producerDoc = document(CASE_SERVICE);
        JsonNode oursDoc = document(OURS);
        JsonNode producer = producerDoc.path("components").path("schemas").path("caseAlertRaisedV1Data");
        JsonNode ours = oursDoc.path("components").path("schemas").path("CaseAlertRaisedData");
        assertEquals(fieldNames(producer.get("properties")), fieldNames(ours.get("properties")), "fields");
        assertEquals(producer.get("required"), ours.get("required"), "required fields");
        for (String field : fieldNames(producer.get("properties"))) {
            JsonNode theirs = comparable(producerDoc, producer.get("properties").get(field));
            JsonNode mine = comparable(oursDoc, ours.get("properties").get(field));
            if (!theirs.equals(mine)) {
                ((ObjectNode) theirs).remove("enum");
                assertEquals(theirs, mine, field + ": as case-service types it, or that without its enum");
            }
        }
        assertTrue(ours.get("properties").get("kind").path("enum").isMissingNode(), "we read any kind");
    }

    /** The schema with its references resolved and its descriptions left out (each document words its own). */
    private static JsonNode comparable(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String[] path = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : path) {
                target = target.path(part);
            }
            return comparable(document, target);
        }
        JsonNode copy = schema.deepCopy();
        if (copy.isObject()) {
            ObjectNode object = (ObjectNode) copy;
            object.remove("description");
            object.properties().forEach(field -> field.setValue(comparable(document, field.getValue())));
        } else if (copy.isArray()) {
            for (int i = 0; i < copy.size(); i++) {
                ((ArrayNode) copy).set(i, comparable(document, copy.get(i)));
            }
        }
        return copy;
    }

    @Test
    void ourAdviceRecordReadsAdvisoryServicesExample() {
        readsAndKeepsEveryValue(AsyncApiExamples.data(ADVISORY_SERVICE, AdviceGivenV1.TYPE), AdviceGivenV1.class,
                AdviceGivenV1.TYPE);
    }

    @Test
    void ourDocumentRepeatsTheAdviceAsWeReadIt() {
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, AdviceGivenV1.TYPE), AdviceGivenV1.class, AdviceGivenV1.TYPE);
    }

    /** Every step example of advisory-service (a decision, a closure, a reminder, a climb), and our repetition of them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("advisoryStepExamples")
    void ourAdvisoryStepCopyReadsEveryExample(String name, JsonNode data) {
        readsAndKeepsEveryValue(data, ReferralStepV1.class, ReferralStepV1.TYPE);
    }

    static Stream<Arguments> advisoryStepExamples() {
        List<Arguments> theirs = examples(ADVISORY_SERVICE, ReferralStepV1.TYPE);
        List<Arguments> ours = examples(OURS, ReferralStepV1.TYPE);
        assertTrue(theirs.size() >= 4 && ours.size() >= 4, "a decision, a closure, a reminder and a climb: " + theirs
                + ", " + ours);
        return Stream.concat(theirs.stream().map(a -> Arguments.of("advisory-service " + a.get()[0], a.get()[1])),
                ours.stream().map(a -> Arguments.of("ours " + a.get()[0], a.get()[1])));
    }

    @Test
    void ourReferralExampleIsExactlyWhatWeProduce() throws Exception {
        JsonNode produced = assertWrittenAsDocumented(mapper, AsyncApiExamples.data(OURS, ReferredToAdvisoryV1.TYPE),
                ReferredToAdvisoryV1.class);
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
        assertWrittenAsDocumented(mapper, AsyncApiExamples.data(OURS, EscalationResolvedV1.TYPE),
                EscalationResolvedV1.class);
    }

    /**
     * Every step example (a claim, a moved due date, a team note, a table's outcome) is exactly what the record
     * produces, nulls included: case-service's copy is checked against these examples.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ourStepExamples")
    void ourStepExamplesAreExactlyWhatWeProduce(String name, JsonNode example) throws Exception {
        EscalationStepV1 record = mapper.treeToValue(example, EscalationStepV1.class);
        assertEquals(example, mapper.valueToTree(record));
    }

    static Stream<Arguments> ourStepExamples() {
        List<Arguments> examples = examples(OURS, EscalationStepV1.TYPE);
        assertTrue(examples.size() >= 4, "a claim, a due date, a team note and an outcome: " + examples);
        return examples.stream();
    }

    /**
     * Every vocabulary case- and advisory-service say may grow is read tolerantly by our copies: a value this release
     * does not know reads as OTHER instead of making the event poison, so a producer may be upgraded first.
     */
    @Test
    void everyVocabularyTheProducersSayMayGrowHasAnOtherInOurCopies() {
        Set<Set<String>> growing = new HashSet<>(Vocabularies.mayGrow(document(CASE_SERVICE)));
        growing.addAll(Vocabularies.mayGrow(document(ADVISORY_SERVICE)));
        assertTrue(growing.contains(Vocabularies.valuesOf(Barrier.class)), "case-service says barriers may grow");
        List<Class<?>> consumed = new ArrayList<>(consumedFromCaseService().map(a -> (Class<?>) a.get()[1]).toList());
        consumed.addAll(List.of(AdviceGivenV1.class, ReferralStepV1.class));
        for (Class<?> record : consumed) {
            assertEquals(Set.of(), Vocabularies.intolerant(record, growing), record.getSimpleName());
        }
    }

    private <T> void readsAndKeepsEveryValue(JsonNode example, Class<T> type, String eventType) {
        CloudEvent event = new CloudEvent("1.0", "contract", "contract-test", eventType, OffsetDateTime.now(), "s",
                "application/json", example);
        T record = reader.data(event, type); // throws PoisonEventException when the live consumer would refuse it
        ObjectNode readBack = mapper.valueToTree(record);
        // an optional field the example leaves out reads as null: that is no field we expect
        readBack.properties().removeIf(field -> field.getValue().isNull());
        assertReadsBackAsSent(example, readBack);
    }
}
