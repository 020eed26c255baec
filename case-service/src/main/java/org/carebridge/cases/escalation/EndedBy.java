package org.carebridge.cases.escalation;

/** The tier whose action ended an escalation: the team withdrew it, the bridge resolved it, the advisory group advised. */
public enum EndedBy {
    TEAM, BRIDGE, ADVISORY
}
