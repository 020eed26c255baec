package org.carebridge.cases;

import org.carebridge.cases.barrier.Barrier;
import org.carebridge.cases.escalation.advice.AdviceGivenV1;
import org.carebridge.cases.escalation.ladder.EscalationStepV1;
import org.carebridge.cases.escalation.ladder.ReferralStepV1;
import org.carebridge.cases.escalation.resolution.EscalationResolvedV1;
import org.carebridge.cases.lesson.LessonPublishedV1;
import org.carebridge.platform.events.Vocabularies;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every vocabulary network- and advisory-service say may grow (x-may-grow in their AsyncAPI documents) is read
 * tolerantly by our copies of their events: a value this release does not know reads as OTHER instead of making the
 * event poison, so a producer may be upgraded before case-service. Plain JUnit: reflection and the documents only.
 */
class ConsumedVocabulariesTest {

    @Test
    void everyVocabularyTheProducersSayMayGrowHasAnOtherInOurCopies() {
        Set<Set<String>> growing = new HashSet<>();
        for (String producer : List.of("network-service", "advisory-service")) {
            growing.addAll(Vocabularies.mayGrow(AsyncApiExamples.document(
                    Path.of("../" + producer + "/src/main/resources/asyncapi.yaml"))));
        }
        assertTrue(growing.contains(Vocabularies.valuesOf(Barrier.class)), "advisory-service says barriers may grow");
        for (Class<?> consumed : List.of(LessonPublishedV1.class, EscalationStepV1.class, ReferralStepV1.class,
                AdviceGivenV1.class, EscalationResolvedV1.class)) {
            assertEquals(Set.of(), Vocabularies.intolerant(consumed, growing), consumed.getSimpleName());
        }
    }
}
