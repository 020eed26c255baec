package org.carebridge.cases.barrier;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why a team is stuck, as a category the bridge and the advisory group can count and route.
 * May grow: in an event, a value a newer producer adds reads here as OTHER (platform {@code Vocabularies}).
 */
public enum Barrier {
    HOUSING, RESIDENCE_STATUS, LANGUAGE, SCHOOL_ACCESS, MENTAL_HEALTH, FINANCES, WORK_ACCESS, AGE_TRANSITION,
    AGENCY_COOPERATION, @JsonEnumDefaultValue OTHER
}
