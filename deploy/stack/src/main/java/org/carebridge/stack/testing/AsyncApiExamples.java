package org.carebridge.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the examples of an AsyncAPI document, the contract between an event's producer and its consumers: the
 * consumers' contract tests read the producers' documents (beside theirs in the repository) and their own.
 */
public final class AsyncApiExamples {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AsyncApiExamples() {
    }

    /** One example of a message: its name and its payload (a whole CloudEvent envelope in our documents). */
    public record Example(String name, JsonNode payload) {

        /** The event's data: what a consumer's copy of the record reads. */
        public JsonNode data() {
            return payload.path("data");
        }
    }

    /**
     * The whole document. A missing one fails the test rather than skipping it: a consumer's contract test without
     * the producer's document would check nothing.
     */
    public static JsonNode document(Path document) {
        if (!Files.exists(document)) {
            throw new AssertionError("no contract check without the AsyncAPI document: " + document);
        }
        try {
            return YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document, e);
        }
    }

    /**
     * Every example, in the document's order, of the message under components.messages whose name is the event
     * type: the tests that read each example (a kind, a step) and not only the first.
     */
    public static List<Example> examples(Path document, String eventType) {
        return examples(document(document), eventType);
    }

    /** As {@link #examples(Path, String)}, in a document already read (a service's own, from its classpath). */
    public static List<Example> examples(JsonNode document, String eventType) {
        List<Example> examples = new ArrayList<>();
        for (JsonNode message : document.path("components").path("messages")) {
            if (eventType.equals(message.path("name").asText())) {
                message.path("examples").forEach(e -> examples.add(new Example(e.path("name").asText(),
                        e.path("payload"))));
            }
        }
        return examples;
    }

    /**
     * Finds the example of an event type: any message (under components or inline in a channel) whose name or
     * messageId is the type, or whose example payload says so. Answers the CloudEvent data when the example is a
     * whole envelope, else the example payload itself.
     */
    public static JsonNode data(Path document, String eventType) {
        List<JsonNode> found = new ArrayList<>();
        collect(document(document), eventType, found);
        if (found.isEmpty()) {
            throw new AssertionError("no example of " + eventType + " in " + document);
        }
        JsonNode payload = found.get(0);
        return payload.has("specversion") && payload.has("data") ? payload.get("data") : payload;
    }

    private static void collect(JsonNode node, String eventType, List<JsonNode> found) {
        if (node.isObject()) {
            JsonNode examples = node.get("examples");
            if (examples != null && examples.isArray()) {
                boolean named = eventType.equals(node.path("name").asText())
                        || eventType.equals(node.path("messageId").asText());
                for (JsonNode example : examples) {
                    JsonNode payload = example.get("payload");
                    if (payload != null && (named || eventType.equals(payload.path("type").asText()))) {
                        found.add(payload);
                    }
                }
            }
            node.fields().forEachRemaining(field -> collect(field.getValue(), eventType, found));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, eventType, found));
        }
    }
}
