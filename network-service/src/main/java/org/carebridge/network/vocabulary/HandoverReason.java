package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Why a case changes hands; AGE_18_TRANSITION is the one the bridge watches most closely.
 * May grow: in an event, a value a newer producer adds reads here as OTHER (platform {@code Vocabularies}).
 */
public enum HandoverReason {
    AGE_18_TRANSITION, SCHOOL_TO_WORK, LEAD_CHANGE, MOVE, @JsonEnumDefaultValue OTHER
}
