package org.carebridge.advisory.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The tier whose action ended an escalation: the team withdrew it, the bridge resolved it, the advisory group advised. */
public enum Tier {
    // tolerant reader (issue 19): a tier this release does not know (a new one above the bridge) reads as ADVISORY, the
    // highest it knows
    TEAM, BRIDGE, @JsonEnumDefaultValue ADVISORY
}
