package org.carebridge.cases.alert;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.carebridge.platform.outbox.OutgoingEvent;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Data of {@code case.alert-raised.v1} on topic {@code case.alerts}, the contract in asyncapi.yaml: leadUsername and
 * turns18In are always present (null when none); the kind's own text parameters (inactiveDays, overdueDays, ...)
 * follow as fields of their own, so that a new kind needs no change here.
 */
@JsonPropertyOrder({"alertId", "caseId", "region", "pseudonym", "ageBand", "kind", "cause", "leadUsername",
        "turns18In", "raisedAt"})
public record CaseAlertRaisedV1(
        UUID alertId,
        UUID caseId,
        String region,
        String pseudonym,
        String ageBand,
        String kind,
        String cause,
        String leadUsername,
        YearMonth turns18In,
        @JsonIgnore Map<String, Object> params,
        OffsetDateTime raisedAt) implements OutgoingEvent {

    public static final String TYPE = "case.alert-raised.v1";
    public static final String TOPIC = "case.alerts";
    /** The fields every alert has; a kind's parameter of the same name would write the field twice. */
    static final Set<String> FIXED = Set.of("alertId", "caseId", "region", "pseudonym", "ageBand", "kind", "cause",
            "leadUsername", "turns18In", "raisedAt");

    public CaseAlertRaisedV1 {
        for (String name : params.keySet()) {
            if (FIXED.contains(name)) {
                throw new IllegalArgumentException("a text parameter of " + kind + " is named like a fixed field: "
                        + name);
            }
        }
    }

    /** The kind's text parameters, written as fields of the data after the fixed ones. */
    @JsonAnyGetter
    public Map<String, Object> textParameters() {
        return params;
    }

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
