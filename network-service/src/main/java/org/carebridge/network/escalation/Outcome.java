package org.carebridge.network.escalation;

/** How the bridge closed an escalation: the answer every escalation ends with. */
public enum Outcome {
    UNBLOCKED, PARTLY_UNBLOCKED, NOT_UNBLOCKED
}
