package org.carebridge.advisory.vocabulary;

/** The tier whose action ended an escalation: the team withdrew it, the bridge resolved it, the advisory group advised. */
public enum Tier {
    TEAM, BRIDGE, ADVISORY
}
