package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why a case team is stuck; also the key of the barrier register.
 * May grow: in an event, a value a newer producer adds reads here as OTHER (platform {@code Vocabularies}).
 */
public enum Barrier {
    HOUSING, RESIDENCE_STATUS, LANGUAGE, SCHOOL_ACCESS, MENTAL_HEALTH, FINANCES, WORK_ACCESS, AGE_TRANSITION,
    AGENCY_COOPERATION, @JsonEnumDefaultValue OTHER
}
