package org.carebridge.advisory.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether the handover at the 18th birthday came in time, as case.digest.v1 reports it. */
public enum Transition18 {
    // tolerant reader (issue 19): a transition state this release does not know reads as PENDING: still to be looked
    // after
    NOT_DUE, @JsonEnumDefaultValue PENDING, ON_TIME, LATE
}
