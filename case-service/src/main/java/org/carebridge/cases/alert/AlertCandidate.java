package org.carebridge.cases.alert;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A case one check found: the stable cause that keeps its alert from being raised twice, the timeline's summary, and
 * the kind's own text parameters for the event (e.g. inactiveDays), written next to the fixed fields of its data.
 */
public record AlertCandidate(UUID caseId, String cause, String summary, Map<String, Object> params) {

    public AlertCandidate {
        params = Collections.unmodifiableMap(new TreeMap<>(params)); // sorted: the same event every time
    }

    public static AlertCandidate of(UUID caseId, String cause, String summary) {
        return new AlertCandidate(caseId, cause, summary, Map.of());
    }
}
