package org.carebridge.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the example of an event type in an AsyncAPI document: any message (under components or inline in a
 * channel) whose name or messageId is the type, or whose example payload says so. Answers the CloudEvent data
 * when the example is a whole envelope, else the example payload itself.
 */
public final class AsyncApiExamples {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AsyncApiExamples() {
    }

    public static JsonNode data(Path document, String eventType) {
        JsonNode root;
        try {
            root = YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document, e);
        }
        List<JsonNode> found = new ArrayList<>();
        collect(root, eventType, found);
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
