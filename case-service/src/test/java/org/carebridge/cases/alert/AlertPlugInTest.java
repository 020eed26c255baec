package org.carebridge.cases.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What makes a kind a plug-in, without servers: the scan's order and refusals, the event's generic parameters. */
class AlertPlugInTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theScanRunsTheChecksInTheOrderOfTheirKinds() {
        List<AlertCheck> ordered = AlertScan.inOrder(List.of(check("NO_LEAD"), check("CONSENT_MISSING"),
                check("AGE_18_WITHOUT_TRANSITION")));
        assertEquals(List.of("AGE_18_WITHOUT_TRANSITION", "CONSENT_MISSING", "NO_LEAD"),
                ordered.stream().map(AlertCheck::kind).toList());
    }

    @Test
    void aRepeatedOrMalformedKindStopsTheServiceFromStarting() {
        assertThrows(IllegalStateException.class, () -> AlertScan.inOrder(List.of(check("NO_LEAD"), check("NO_LEAD"))));
        assertThrows(IllegalStateException.class, () -> AlertScan.inOrder(List.of(check("no-lead"))));
        assertThrows(IllegalStateException.class, () -> AlertScan.inOrder(List.of(check(null))));
        assertThrows(IllegalStateException.class,
                () -> AlertScan.inOrder(List.of(check("A".repeat(AlertScan.KIND_MAX + 1)))));
        assertEquals(1, AlertScan.inOrder(List.of(check("A".repeat(AlertScan.KIND_MAX)))).size());
    }

    @Test
    void aKindsTextParametersAreFieldsOfTheEventsData() {
        AlertCandidate candidate = new AlertCandidate(UUID.randomUUID(), "some-kind:1", "Alert: ...",
                Map.of("memberUsername", "ben", "daysOnTeam", 15));
        JsonNode data = JSON.valueToTree(event("SOME_KIND", candidate.params()));

        assertEquals("ben", data.get("memberUsername").asText());
        assertEquals(15, data.get("daysOnTeam").asInt());
        assertEquals("2027-03", data.get("turns18In").asText());
        assertFalse(data.has("params"), "the parameters are not nested");
        assertFalse(data.has("inactiveDays"), "another kind's parameter is absent, not null");
        Set<String> fixed = new TreeSet<>(CaseAlertRaisedV1.FIXED);
        fixed.addAll(Set.of("memberUsername", "daysOnTeam"));
        assertEquals(fixed, names(data));
    }

    @Test
    void aParameterNamedLikeAFixedFieldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> event("ODD", Map.of("kind", "X")));
    }

    private static CaseAlertRaisedV1 event(String kind, Map<String, Object> params) {
        UUID caseId = UUID.randomUUID();
        return new CaseAlertRaisedV1(UUID.randomUUID(), caseId, "north", "0".repeat(64), "16-17", kind,
                "cause:" + caseId, "anna", YearMonth.of(2027, 3), params, OffsetDateTime.parse("2026-11-24T02:00:00Z"));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static AlertCheck check(String kind) {
        return new AlertCheck() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public CheckPage find(UUID after) {
                return new CheckPage(List.of(), null, false);
            }
        };
    }
}
