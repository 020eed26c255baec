package org.carebridge.peer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carebridge.peer.workflow.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** A request's JSON object, read strictly as Carebridge reads it: unknown fields and wrong types are 400 naming the field. */
final class Body {
    private static final int MAX_BYTES = 64 * 1024;
    private final JsonNode node;

    private Body(JsonNode node) {
        this.node = node;
    }

    static Body read(ObjectMapper json, InputStream in, Set<String> fields) {
        JsonNode node;
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw Refusal.badInput("body", "at most " + MAX_BYTES + " bytes");
            }
            node = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        } catch (IOException e) {
            throw Refusal.badInput("body", "not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw Refusal.badInput("body", "not a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw Refusal.badInput(name, "unknown field");
            }
        }
        return new Body(node);
    }

    /** A text field, or null when absent (the workflow says whether it is required). */
    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw Refusal.badInput(field, "a string");
        }
        return value.asText();
    }

    List<String> texts(String field) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            throw Refusal.badInput(field, "a list of strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw Refusal.badInput(field, "a list of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }
}
