package org.carebridge.advisory.vocabulary;

/** What the bridge did with an escalation before referring it, as a category (its notes stay with the bridge). */
public enum BridgeStep {
    CLAIMED, NOTE_ADDED, DUE_DATE_SET, CONSULTATION_CONVENED, RENOTIFIED, CLIMBED
}
