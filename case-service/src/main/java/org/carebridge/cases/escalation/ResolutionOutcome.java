package org.carebridge.cases.escalation;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How far the bridge got with an escalation it resolved (network.escalation-resolved.v1). */
public enum ResolutionOutcome {
    // tolerant reader (issue 19): an outcome this release does not know reads as NOT_UNBLOCKED: the team looks again
    // rather than trusting it solved
    UNBLOCKED, PARTLY_UNBLOCKED, @JsonEnumDefaultValue NOT_UNBLOCKED
}
