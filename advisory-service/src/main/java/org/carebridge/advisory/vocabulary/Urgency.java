package org.carebridge.advisory.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How fast the bridge must act on an escalation. */
public enum Urgency {
    // tolerant reader (issue 19): an urgency this release does not know reads as HIGH: the group looks at it first
    // rather than last
    LOW, MEDIUM, @JsonEnumDefaultValue HIGH
}
