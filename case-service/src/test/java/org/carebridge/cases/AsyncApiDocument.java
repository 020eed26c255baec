package org.carebridge.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.carebridge.stack.testing.AsyncApiExamples;
import org.carebridge.stack.testing.AsyncApiExamples.Example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the example events of an AsyncAPI 3.0 document, the contract between producer and consumers. */
public final class AsyncApiDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    /** case-service's own document, as packaged. */
    public static AsyncApiDocument ours() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream("/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("asyncapi.yaml is not on the classpath");
            }
            return new AsyncApiDocument(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another service's document, which is in the repository beside ours: a missing one fails the test. */
    public static AsyncApiDocument at(Path file) {
        return new AsyncApiDocument(AsyncApiExamples.document(file));
    }

    /** @return the payload of the first example of the message whose {@code name} is the CloudEvent type */
    public JsonNode examplePayload(String eventType) {
        return examplePayload(eventType, null);
    }

    /** @return the payload of the example named {@code exampleName} (null: the first) of the CloudEvent type */
    public JsonNode examplePayload(String eventType, String exampleName) {
        for (Example example : AsyncApiExamples.examples(root, eventType)) {
            if ((exampleName == null || exampleName.equals(example.name())) && !example.payload().isMissingNode()) {
                return example.payload();
            }
        }
        throw new IllegalStateException("no example payload " + (exampleName == null ? "" : exampleName + " ")
                + "of a message named " + eventType);
    }

    /**
     * Asserts that a produced event has exactly the shape of the documented example: the same envelope attributes,
     * the same data fields and the same JSON kind of each data field (consumers are tested against the example).
     */
    public void assertProducedShape(String eventType, JsonNode actual) {
        assertProducedShape(eventType, null, actual);
    }

    /** As {@link #assertProducedShape(String, JsonNode)}, against the example named {@code exampleName}. */
    public void assertProducedShape(String eventType, String exampleName, JsonNode actual) {
        JsonNode example = examplePayload(eventType, exampleName);
        assertEquals(fieldNames(example), fieldNames(actual), eventType + ": envelope attributes");
        assertEquals(fieldNames(example.get("data")), fieldNames(actual.get("data")), eventType + ": data fields");
        for (String field : fieldNames(actual.get("data"))) {
            assertEquals(example.get("data").get(field).getNodeType(), actual.get("data").get(field).getNodeType(),
                    eventType + ": JSON kind of data." + field);
        }
        assertEquals(eventType, actual.get("type").asText());
        assertEquals(example.get("source").asText(), actual.get("source").asText());
    }

    /** Asserts that {@code data} has every field the named schema of components.schemas requires, none null. */
    public void assertRequired(String schema, JsonNode data) {
        JsonNode required = root.path("components").path("schemas").path(schema).path("required");
        if (required.isEmpty()) {
            throw new IllegalStateException("no schema " + schema + " with required fields");
        }
        for (JsonNode field : required) {
            JsonNode value = data.get(field.asText());
            assertTrue(value != null && !value.isNull(), schema + " requires " + field.asText() + ": " + data);
        }
    }

    public static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
