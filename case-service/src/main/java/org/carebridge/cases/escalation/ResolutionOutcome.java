package org.carebridge.cases.escalation;

/** How far the bridge got with an escalation it resolved (network.escalation-resolved.v1). */
public enum ResolutionOutcome {
    UNBLOCKED, PARTLY_UNBLOCKED, NOT_UNBLOCKED
}
