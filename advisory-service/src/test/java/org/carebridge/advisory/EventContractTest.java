package org.carebridge.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carebridge.platform.events.EventReader;
import org.carebridge.advisory.digest.CaseDigestV1;
import org.carebridge.advisory.erasure.CaseDigestErasedV1;
import org.carebridge.advisory.lesson.LessonPublishedV1;
import org.carebridge.advisory.recorder.ReferralStepV1;
import org.carebridge.advisory.referral.AdviceGivenV1;
import org.carebridge.advisory.referral.ReferredToAdvisoryV1;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.Vocabularies;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-driven contract, read from the producer's own AsyncAPI document: advisory-service's copy of the
 * referral record reads network-service's example (through the same reader and validation as the live
 * consumer), and advisory-service's own document shows exactly what it produces.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class EventContractTest {

    static final Path NETWORK_SERVICE = Path.of("../network-service/src/main/resources/asyncapi.yaml");
    static final Path CASE_SERVICE = Path.of("../case-service/src/main/resources/asyncapi.yaml");
    static final Path OURS = Path.of("src/main/resources/asyncapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Inject
    EventReader reader;
    @Inject
    ObjectMapper mapper;

    @Test
    void ourReferralRecordReadsNetworkServicesExample() {
        assertTrue(Files.exists(NETWORK_SERVICE), "no contract check without the producer's AsyncAPI document: "
                + NETWORK_SERVICE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(NETWORK_SERVICE, ReferredToAdvisoryV1.TYPE),
                ReferredToAdvisoryV1.TYPE, ReferredToAdvisoryV1.class);
    }

    @Test
    void ourDocumentRepeatsTheReferralAsWeReadIt() {
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, ReferredToAdvisoryV1.TYPE),
                ReferredToAdvisoryV1.TYPE, ReferredToAdvisoryV1.class);
    }

    @Test
    void ourDigestRecordReadsCaseServicesExample() {
        assertTrue(Files.exists(CASE_SERVICE), "no contract check without the producer's AsyncAPI document: "
                + CASE_SERVICE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(CASE_SERVICE, CaseDigestV1.TYPE), CaseDigestV1.TYPE,
                CaseDigestV1.class);
    }

    @Test
    void ourDocumentRepeatsTheDigestAsWeReadIt() {
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, CaseDigestV1.TYPE), CaseDigestV1.TYPE, CaseDigestV1.class);
    }

    @Test
    void ourErasureRecordReadsCaseServicesExample() {
        assertTrue(Files.exists(CASE_SERVICE), "no contract check without the producer's AsyncAPI document: "
                + CASE_SERVICE);
        readsAndKeepsEveryValue(AsyncApiExamples.data(CASE_SERVICE, CaseDigestErasedV1.TYPE), CaseDigestErasedV1.TYPE,
                CaseDigestErasedV1.class);
    }

    @Test
    void ourDocumentRepeatsTheErasureAsWeReadIt() {
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, CaseDigestErasedV1.TYPE), CaseDigestErasedV1.TYPE,
                CaseDigestErasedV1.class);
    }

    @Test
    void ourAdviceExampleIsExactlyWhatWeProduce() throws Exception {
        JsonNode example = AsyncApiExamples.data(OURS, AdviceGivenV1.TYPE);
        // the produced record does not ignore unknown fields: an example field it lacks fails here
        AdviceGivenV1 record = mapper.treeToValue(example, AdviceGivenV1.class);
        JsonNode produced = mapper.valueToTree(record);
        assertEquals(fieldNames(example), fieldNames(produced));
        assertSameValues(example, produced);
        assertEquals(Set.of("advice", "adviceId", "escalationId", "givenAt", "givenBy", "pseudonym", "referralId"),
                fieldNames(produced));
    }

    @Test
    void ourLessonExampleIsExactlyWhatWePublish() throws Exception {
        JsonNode example = AsyncApiExamples.data(OURS, LessonPublishedV1.TYPE);
        LessonPublishedV1 record = mapper.treeToValue(example, LessonPublishedV1.class);
        JsonNode produced = mapper.valueToTree(record);
        assertEquals(fieldNames(example), fieldNames(produced));
        assertSameValues(example, produced);
        assertEquals(Set.of("lessonId", "revision", "kind", "title", "summary", "barriers", "domains", "regions",
                "publishedBy", "publishedAt"), fieldNames(produced));
    }

    /** Every step example (a decision, a closure, a reminder, a climb), nulls included, is what the record writes. */
    @Test
    void ourReferralStepExamplesAreExactlyWhatWePublish() throws Exception {
        Map<String, JsonNode> examples = new TreeMap<>();
        for (JsonNode message : YAML.readTree(OURS.toFile()).path("components").path("messages")) {
            if (ReferralStepV1.TYPE.equals(message.path("name").asText())) {
                message.path("examples").forEach(e -> examples.put(e.path("name").asText(),
                        e.path("payload").path("data")));
            }
        }
        assertEquals(Set.of("closed", "climbed", "decisionNotFinal", "reminded"), examples.keySet());
        for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
            ReferralStepV1 record = mapper.treeToValue(example.getValue(), ReferralStepV1.class);
            JsonNode produced = mapper.valueToTree(record);
            assertEquals(example.getValue(), produced, example.getKey()); // the nested decision, nulls, dates alike
            assertEquals(Set.of("stepId", "referralId", "escalationId", "step", "owner", "dueDate", "at", "actor",
                    "sessionId", "decision", "reason", "climbedTo"), fieldNames(produced), example.getKey());
        }
        assertEquals(Set.of("text", "owner", "dueDate", "final"),
                fieldNames(examples.get("decisionNotFinal").get("decision")));
        assertEquals("ada", examples.get("climbed").get("climbedTo").asText(), "a climb names its chair");
    }

    /**
     * Every vocabulary the producers say may grow is read tolerantly by our copies: a value this release does not
     * know reads as OTHER instead of making the event poison, so network- and case-service may be upgraded first.
     */
    @Test
    void everyVocabularyTheProducersSayMayGrowHasAnOtherInOurCopies() throws Exception {
        Set<Set<String>> growing = new HashSet<>(Vocabularies.mayGrow(YAML.readTree(NETWORK_SERVICE.toFile())));
        growing.addAll(Vocabularies.mayGrow(YAML.readTree(CASE_SERVICE.toFile())));
        assertTrue(growing.contains(Vocabularies.valuesOf(Barrier.class)), "the producers say barriers may grow");
        for (Class<?> consumed : List.of(ReferredToAdvisoryV1.class, CaseDigestV1.class, CaseDigestErasedV1.class)) {
            assertEquals(Set.of(), Vocabularies.intolerant(consumed, growing), consumed.getSimpleName());
        }
    }

    private void readsAndKeepsEveryValue(JsonNode example, String type, Class<?> recordType) {
        CloudEvent event = new CloudEvent("1.0", "contract", "contract-test", type,
                OffsetDateTime.now(), "s", "application/json", example);
        Object record = reader.data(event, recordType); // throws where the consumer would
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
