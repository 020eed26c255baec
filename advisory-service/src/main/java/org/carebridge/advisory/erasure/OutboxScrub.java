package org.carebridge.advisory.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Blanks a text in the free-text fields of events the outbox has already relayed (the outbox keeps them as
 * history). Rows not yet relayed are left alone: the relay would write its own copy of the row back when it
 * marks it published, and it sends them within a second anyway unless Kafka is down.
 */
@ApplicationScoped
public class OutboxScrub {

    /**
     * advice of advisory.advice-given.v1, summary of advisory.lesson-published.v1, reason and decision.text of
     * advisory.referral-step.v1
     */
    static final Set<String> FREE_TEXT_FIELDS = Set.of("advice", "summary", "reason", "text");

    private final EntityManager em;
    private final ObjectMapper json;

    public OutboxScrub(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void scrub(List<String> keys, String text, String replacement) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(id as text), envelope from outbox_event
                        where event_key in (?1) and published_at is not null and strpos(envelope, ?2) > 0""")
                .setParameter(1, keys).setParameter(2, jsonEscaped(text)).getResultList();
        for (Object[] row : rows) {
            ObjectNode envelope = read((String) row[1]);
            if (envelope.get("data") instanceof ObjectNode data && blank(data, text, replacement)) {
                em.createNativeQuery("update outbox_event set envelope = ?1 where id = cast(?2 as uuid)")
                        .setParameter(1, envelope.toString()).setParameter(2, row[0]).executeUpdate();
            }
        }
    }

    private static boolean blank(ObjectNode data, String text, String replacement) {
        boolean changed = false;
        for (String field : FREE_TEXT_FIELDS) {
            JsonNode value = data.get(field);
            if (value != null && value.isTextual() && value.asText().contains(text)) {
                data.put(field, replacement);
                changed = true;
            }
        }
        if (data.get("decision") instanceof ObjectNode decision) {
            changed |= blank(decision, text, replacement);
        }
        return changed;
    }

    /** The text as it appears inside a JSON string, so the database finds the candidate rows. */
    private String jsonEscaped(String text) {
        try {
            String quoted = json.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode read(String envelope) {
        try {
            return (ObjectNode) json.readTree(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox envelope does not read as JSON", e);
        }
    }
}
