package org.carebridge.cases.barrier;

/** Why a team is stuck, as a category the bridge and the advisory group can count and route. */
public enum Barrier {
    HOUSING, RESIDENCE_STATUS, LANGUAGE, SCHOOL_ACCESS, MENTAL_HEALTH, FINANCES, WORK_ACCESS, AGE_TRANSITION,
    AGENCY_COOPERATION, OTHER
}
