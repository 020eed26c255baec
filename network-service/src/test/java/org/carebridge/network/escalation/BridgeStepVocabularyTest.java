package org.carebridge.network.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BridgeStep.Kind is the one vocabulary of bridge steps (no check constraint repeats it, advisory-service reads any
 * name): the event document that tells readers about it must list exactly its names, so a new kind cannot go out
 * undocumented.
 */
class BridgeStepVocabularyTest {

    private static final Path OURS = Path.of("src/main/resources/asyncapi.yaml");

    @Test
    void ourEventDocumentListsEveryStepKind() throws IOException {
        JsonNode step = new ObjectMapper(new YAMLFactory()).readTree(OURS.toFile())
                .at("/components/schemas/ReferredToAdvisoryData/properties/bridgeSteps/items/properties/step");
        List<String> documented = new ArrayList<>();
        step.get("enum").forEach(name -> documented.add(name.asText()));
        assertEquals(Arrays.stream(BridgeStep.Kind.values()).map(Enum::name).toList(), documented);
        for (String name : documented) {
            assertTrue(step.get("description").asText().contains(name), name + " is not described");
        }
    }

    /** The step event's vocabulary is open (no enum), so its description is where a reader learns every kind. */
    @Test
    void theStepEventDescribesEveryStepKind() throws IOException {
        String described = new ObjectMapper(new YAMLFactory()).readTree(OURS.toFile())
                .at("/components/schemas/EscalationStepData/properties/step/description").asText();
        for (BridgeStep.Kind kind : BridgeStep.Kind.values()) {
            assertTrue(described.contains(kind.name()), kind + " is not described for the team's readers");
        }
    }
}
