package org.carebridge.network.vocabulary;

/** Why a case changes hands; AGE_18_TRANSITION is the one the bridge watches most closely. */
public enum HandoverReason {
    AGE_18_TRANSITION, SCHOOL_TO_WORK, LEAD_CHANGE, MOVE, OTHER
}
