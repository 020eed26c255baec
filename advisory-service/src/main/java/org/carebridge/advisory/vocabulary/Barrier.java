package org.carebridge.advisory.vocabulary;

/** Why a case team is stuck; also the key of the barrier register. */
public enum Barrier {
    HOUSING, RESIDENCE_STATUS, LANGUAGE, SCHOOL_ACCESS, MENTAL_HEALTH, FINANCES, WORK_ACCESS, AGE_TRANSITION,
    AGENCY_COOPERATION, OTHER
}
