package org.carebridge.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * CloudEvents 1.0 envelope in structured JSON mode: the whole event, attributes and data, is the Kafka value.
 * Services keep their own data records; this envelope is the only event type they share.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// producers may add extension attributes (traceparent, ...): a reader that refused them would dead-letter everything
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    public static CloudEvent of(String source, String type, String subject, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                OffsetDateTime.now(ZoneOffset.UTC), subject, "application/json", data);
    }
}
