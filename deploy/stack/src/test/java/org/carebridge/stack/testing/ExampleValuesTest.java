package org.carebridge.stack.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The services' contract tests lean on these comparisons: each must still fail where a copy drifted. */
class ExampleValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void aReadBackWithTheExamplesValuesPassesWhateverTheTimestampsNotation() throws IOException {
        JsonNode example = json("{\"id\":\"a\",\"givenAt\":\"2026-12-01T10:00:00Z\",\"tags\":[\"x\"],\"extra\":1}");
        JsonNode readBack = json("{\"id\":\"a\",\"givenAt\":\"2026-12-01T11:00:00+01:00\",\"tags\":[\"x\"]}");
        assertDoesNotThrow(() -> ExampleValues.assertReadsBackAsSent(example, readBack));
    }

    @Test
    void aReadBackFailsOnAnotherValueAnotherInstantAnotherArrayOrAFieldNotSent() throws IOException {
        JsonNode example = json("{\"id\":\"a\",\"at\":\"2026-12-01T10:00:00Z\",\"tags\":[\"x\"]}");
        for (String drifted : List.of("{\"id\":\"b\"}", "{\"at\":\"2026-12-01T10:00:01Z\"}", "{\"tags\":[\"y\"]}",
                "{\"id\":\"a\",\"expected\":\"never sent\"}")) {
            assertThrows(AssertionError.class, () -> ExampleValues.assertReadsBackAsSent(example, json(drifted)),
                    drifted);
        }
    }

    record Advice(String id, String text) {
    }

    @Test
    void aRecordThatWritesFewerFieldsThanItsExampleFails() throws IOException {
        JsonNode documented = json("{\"id\":\"a\",\"text\":\"t\"}");
        assertEquals(ExampleValues.fieldNames(documented),
                ExampleValues.fieldNames(ExampleValues.assertWrittenAsDocumented(JSON, documented, Advice.class)));
        JsonNode wider = json("{\"id\":\"a\",\"text\":\"t\",\"more\":null}");
        ObjectMapper lenient = JSON.copy().configure(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        assertThrows(AssertionError.class, () -> ExampleValues.assertWrittenAsDocumented(lenient, wider, Advice.class));
    }

    @Test
    void aMissingDocumentFailsInsteadOfCheckingNothing(@TempDir Path dir) {
        assertThrows(AssertionError.class, () -> AsyncApiExamples.document(dir.resolve("asyncapi.yaml")));
    }

    @Test
    void everyExampleOfTheNamedMessageInTheDocumentsOrder(@TempDir Path dir) throws IOException {
        Path document = Files.writeString(dir.resolve("asyncapi.yaml"), """
                components:
                  messages:
                    step:
                      name: x.step.v1
                      examples:
                        - name: claimed
                          payload: {type: x.step.v1, data: {step: CLAIMED}}
                        - name: noted
                          payload: {type: x.step.v1, data: {step: NOTED}}
                    other:
                      name: x.other.v1
                      examples:
                        - name: other
                          payload: {type: x.other.v1, data: {}}
                """);
        List<AsyncApiExamples.Example> examples = AsyncApiExamples.examples(document, "x.step.v1");
        assertEquals(List.of("claimed", "noted"), examples.stream().map(AsyncApiExamples.Example::name).toList());
        assertEquals("NOTED", examples.get(1).data().path("step").asText());
    }
}
