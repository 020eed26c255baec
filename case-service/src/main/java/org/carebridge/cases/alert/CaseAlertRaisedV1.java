package org.carebridge.cases.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Data of {@code case.alert-raised.v1} on topic {@code case.alerts}, the contract in asyncapi.yaml: leadUsername and
 * turns18In are always present (null when none), inactiveDays only on INACTIVITY alerts, overdueDays only on
 * GOAL_OVERDUE alerts.
 */
@JsonPropertyOrder({"alertId", "caseId", "region", "pseudonym", "ageBand", "kind", "cause", "leadUsername",
        "turns18In", "overdueDays", "inactiveDays", "raisedAt"})
public record CaseAlertRaisedV1(
        UUID alertId,
        UUID caseId,
        String region,
        String pseudonym,
        String ageBand,
        AlertKind kind,
        String cause,
        String leadUsername,
        YearMonth turns18In,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer overdueDays,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer inactiveDays,
        OffsetDateTime raisedAt) implements OutgoingEvent {

    public static final String TYPE = "case.alert-raised.v1";
    public static final String TOPIC = "case.alerts";

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
