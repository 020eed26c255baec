package org.carebridge.cases.handover;

/** Why a case or its lead changes hands; AGE_18_TRANSITION is the one the age-18 alert watches for. */
public enum HandoverReason {
    AGE_18_TRANSITION, SCHOOL_TO_WORK, LEAD_CHANGE, MOVE, OTHER
}
