package org.carebridge.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An event example as the next release of its producer might send it: every vocabulary value (upper snake case, in
 * objects and lists) replaced by one no consumer knows yet, every age band label by a band that does not exist today,
 * and a field added. A consumer that reads this copy reads a producer upgraded before it (issue 19's tolerant reader).
 */
public final class UnknownValues {

    private static final Pattern VOCABULARY_VALUE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final Pattern AGE_BAND = Pattern.compile("(\\d{1,2})(-\\d{1,2}|\\+)");

    private UnknownValues() {
    }

    public static JsonNode in(JsonNode example) {
        JsonNode copy = replaced(example.deepCopy());
        if (copy instanceof ObjectNode object) {
            object.putObject("addedByANewerRelease").put("any", "shape");
        }
        return copy;
    }

    /** Which values {@link #in} replaced: the fields the reading of the copy must tolerate. */
    public static List<String> replacedValues(JsonNode example) {
        return collect(example, new ArrayList<>());
    }

    private static List<String> collect(JsonNode node, List<String> found) {
        if (node.isTextual() && replacement(node.asText()) != null) {
            found.add(node.asText());
        }
        node.forEach(child -> collect(child, found));
        return found;
    }

    private static JsonNode replaced(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.properties().stream().map(Map.Entry::getKey).toList())) {
                object.set(name, replaced(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaced(array.get(i)));
            }
        } else if (node.isTextual() && replacement(node.asText()) != null) {
            return TextNode.valueOf(replacement(node.asText()));
        }
        return node;
    }

    private static String replacement(String value) {
        if (VOCABULARY_VALUE.matcher(value).matches()) {
            return "NEWER_" + value;
        }
        var band = AGE_BAND.matcher(value);
        return band.matches() ? band.group(1) + "-" + (Integer.parseInt(band.group(1)) + 7) : null;
    }
}
