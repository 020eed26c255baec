package org.carebridge.stack.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares an event's documented example with what a service's record makes of it: the consumer's copy read back,
 * or the producer's record written out. One comparison for every contract test, so the services' tests cannot drift
 * apart in what "the same value" means.
 */
public final class ExampleValues {

    private ExampleValues() {
    }

    /**
     * What a consumer read back names no field the producer does not send (it would wait for it in vain) and keeps
     * every value the producer sent.
     */
    public static void assertReadsBackAsSent(JsonNode example, JsonNode readBack) {
        assertTrue(fieldNames(example).containsAll(fieldNames(readBack)),
                "we expect fields the producer does not send: " + fieldNames(readBack) + " vs " + fieldNames(example));
        assertSameValues(example, readBack);
    }

    /**
     * The producer's record reads its own example and writes exactly its fields and values back: the document shows
     * what the service publishes. The record must not ignore unknown fields, so an example field it lacks fails here.
     *
     * @return what the record wrote, for the caller's checks of its fields
     */
    public static JsonNode assertWrittenAsDocumented(ObjectMapper mapper, JsonNode example, Class<?> record)
            throws JsonProcessingException {
        JsonNode produced = mapper.valueToTree(mapper.treeToValue(example, record));
        assertEquals(fieldNames(example), fieldNames(produced));
        assertSameValues(example, produced);
        return produced;
    }

    /**
     * Every field of {@code actual} has the example's value; timestamps (a name ending in At, or at) compare as
     * instants, whatever their notation, arrays as their JSON text.
     */
    public static void assertSameValues(JsonNode example, JsonNode actual) {
        for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode want = example.get(field.getKey());
            assertNotNull(want, field.getKey() + " is not in the example");
            if (field.getKey().endsWith("At") || field.getKey().equals("at")) {
                assertEquals(OffsetDateTime.parse(want.asText()).toInstant(),
                        OffsetDateTime.parse(field.getValue().asText()).toInstant(), field.getKey());
            } else if (field.getValue().isArray()) {
                assertEquals(want.toString(), field.getValue().toString(), field.getKey());
            } else {
                assertEquals(want.asText(), field.getValue().asText(), field.getKey());
            }
        }
    }

    public static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
