package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How fast the bridge must act on an escalation. */
public enum Urgency {
    // tolerant reader (issue 19): an urgency this release does not know reads as HIGH: the shortest due date, so
    // nothing waits longer than its team meant
    LOW, MEDIUM, @JsonEnumDefaultValue HIGH
}
