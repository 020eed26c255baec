package org.carebridge.network.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.network.erased.ErasedCase;
import org.carebridge.network.escalation.Consultation;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.escalation.EscalationNote;
import org.carebridge.network.escalation.EscalationResolvedV1;
import org.carebridge.network.escalation.EscalationStepV1;
import org.carebridge.network.referral.Referral;
import org.carebridge.network.referral.ReferredToAdvisoryV1;
import org.carebridge.platform.outbox.OutboxEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The one place that blanks the free text network-service holds about an escalation, for erasure and retention
 * alike: what the team tried, the bridge's notes, the consultation agendas, outcomes and decisions, the referral's
 * question and the advice that came back, the resolution advice (the bridge's own text about the youth's
 * situation), and those texts inside the outbox rows that carried them. Ids, statuses, categories, usernames and dates stay, so
 * statistics and the audit trail still add up. Blanked text reads {@link ErasedCase#TEXT}.
 */
@ApplicationScoped
public class FreeText {

    /** The free-text field of each event network-service produces about an escalation. */
    private static final Map<String, List<String>> EVENT_TEXT = Map.of(
            ReferredToAdvisoryV1.TYPE, List.of("question"),
            EscalationResolvedV1.TYPE, List.of("advice"),
            EscalationStepV1.TYPE, List.of("note", "reason"));

    private final ObjectMapper json;

    public FreeText(ObjectMapper json) {
        this.json = json;
    }

    /** Blanks once: an escalation already blanked is left as it is (erasure and retention may meet). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean blank(Escalation e, OffsetDateTime now) {
        if (!e.blankTexts(now)) {
            return false;
        }
        EscalationNote.update("text = ?1 where escalationId = ?2", ErasedCase.TEXT, e.id);
        Consultation.update("agenda = ?1 where escalationId = ?2", ErasedCase.TEXT, e.id);
        Consultation.update("outcome = ?1 where escalationId = ?2 and outcome is not null", ErasedCase.TEXT, e.id);
        Consultation.getEntityManager().createNativeQuery("update consultation_decision set text = ?1 where "
                + "consultation_id in (select id from consultation where escalation_id = ?2)")
                .setParameter(1, ErasedCase.TEXT).setParameter(2, e.id).executeUpdate();
        Referral.update("question = ?1 where escalationId = ?2", ErasedCase.TEXT, e.id);
        Referral.update("advice = ?1 where escalationId = ?2 and advice is not null", ErasedCase.TEXT, e.id);
        blankOutbox(e);
        return true;
    }

    /**
     * Each event names the escalation id in its data; published or not, the row keeps no text of it. A field the
     * event left null stays null; a step's consultation loses its outcome and its decisions' text.
     */
    private void blankOutbox(Escalation e) {
        List<OutboxEvent> rows = OutboxEvent.list("type in ?1 and envelope like ?2", EVENT_TEXT.keySet(),
                "%\"escalationId\":\"" + e.id + "\"%");
        for (OutboxEvent row : rows) {
            try {
                ObjectNode envelope = (ObjectNode) json.readTree(row.envelope);
                ObjectNode data = (ObjectNode) envelope.get("data");
                for (String field : EVENT_TEXT.get(row.type)) {
                    blank(data, field);
                }
                if (data.get("consultation") instanceof ObjectNode table) {
                    blank(table, "outcome");
                    table.withArray("decisions").forEach(decision -> blank((ObjectNode) decision, "text"));
                }
                row.envelope = json.writeValueAsString(envelope);
            } catch (JsonProcessingException | ClassCastException | NullPointerException ex) {
                throw new IllegalStateException("outbox row " + row.id + " is not a CloudEvent envelope", ex);
            }
        }
    }

    private static void blank(ObjectNode node, String field) {
        if (node.hasNonNull(field)) {
            node.put(field, ErasedCase.TEXT);
        }
    }
}
