package org.carebridge.cases.closure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of the two events erasure publishes, the contract in asyncapi.yaml: {@code case.erased.v1} on
 * {@code case.erasures} for the bridge (keyed by case id), {@code case.digest-erased.v1} on {@code case.digests}
 * for the advisory group, which knows the case only by its pseudonym.
 */
public final class CaseErasureEvents {

    private CaseErasureEvents() {
    }

    @JsonPropertyOrder({"caseId", "region", "erasedAt"})
    public record CaseErasedV1(UUID caseId, String region, OffsetDateTime erasedAt) implements OutgoingEvent {
        public static final String TYPE = "case.erased.v1";
        public static final String TOPIC = "case.erasures";

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public String key() {
            return caseId.toString();
        }
    }

    @JsonPropertyOrder({"pseudonym", "erasedAt"})
    public record CaseDigestErasedV1(String pseudonym, OffsetDateTime erasedAt) implements OutgoingEvent {
        public static final String TYPE = "case.digest-erased.v1";
        public static final String TOPIC = "case.digests";

        @Override
        public String topic() {
            return TOPIC;
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public String key() {
            return pseudonym;
        }
    }
}
