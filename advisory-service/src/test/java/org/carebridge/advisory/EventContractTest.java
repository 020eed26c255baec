package org.carebridge.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.carebridge.stack.testing.AsyncApiExamples.Example;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.carebridge.stack.testing.ExampleValues.assertReadsBackAsSent;
import static org.carebridge.stack.testing.ExampleValues.assertWrittenAsDocumented;
import static org.carebridge.stack.testing.ExampleValues.fieldNames;
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

    @Inject
    EventReader reader;
    @Inject
    ObjectMapper mapper;

    @Test
    void ourReferralRecordReadsNetworkServicesExample() {
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
        readsAndKeepsEveryValue(AsyncApiExamples.data(CASE_SERVICE, CaseDigestV1.TYPE), CaseDigestV1.TYPE,
                CaseDigestV1.class);
    }

    @Test
    void ourDocumentRepeatsTheDigestAsWeReadIt() {
        readsAndKeepsEveryValue(AsyncApiExamples.data(OURS, CaseDigestV1.TYPE), CaseDigestV1.TYPE, CaseDigestV1.class);
    }

    @Test
    void ourErasureRecordReadsCaseServicesExample() {
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
        JsonNode produced = assertWrittenAsDocumented(mapper, AsyncApiExamples.data(OURS, AdviceGivenV1.TYPE),
                AdviceGivenV1.class);
        assertEquals(Set.of("advice", "adviceId", "escalationId", "givenAt", "givenBy", "pseudonym", "referralId"),
                fieldNames(produced));
    }

    @Test
    void ourLessonExampleIsExactlyWhatWePublish() throws Exception {
        JsonNode produced = assertWrittenAsDocumented(mapper, AsyncApiExamples.data(OURS, LessonPublishedV1.TYPE),
                LessonPublishedV1.class);
        assertEquals(Set.of("lessonId", "revision", "kind", "title", "summary", "barriers", "domains", "regions",
                "publishedBy", "publishedAt"), fieldNames(produced));
    }

    /** Every step example (a decision, a closure, a reminder, a climb), nulls included, is what the record writes. */
    @Test
    void ourReferralStepExamplesAreExactlyWhatWePublish() throws Exception {
        Map<String, JsonNode> examples = new TreeMap<>();
        for (Example example : AsyncApiExamples.examples(OURS, ReferralStepV1.TYPE)) {
            examples.put(example.name(), example.data());
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
        Set<Set<String>> growing = new HashSet<>(Vocabularies.mayGrow(AsyncApiExamples.document(NETWORK_SERVICE)));
        growing.addAll(Vocabularies.mayGrow(AsyncApiExamples.document(CASE_SERVICE)));
        assertTrue(growing.contains(Vocabularies.valuesOf(Barrier.class)), "the producers say barriers may grow");
        for (Class<?> consumed : List.of(ReferredToAdvisoryV1.class, CaseDigestV1.class, CaseDigestErasedV1.class)) {
            assertEquals(Set.of(), Vocabularies.intolerant(consumed, growing), consumed.getSimpleName());
        }
    }

    private void readsAndKeepsEveryValue(JsonNode example, String type, Class<?> recordType) {
        CloudEvent event = new CloudEvent("1.0", "contract", "contract-test", type,
                OffsetDateTime.now(), "s", "application/json", example);
        Object record = reader.data(event, recordType); // throws where the consumer would
        assertReadsBackAsSent(example, mapper.valueToTree(record));
    }
}
