package org.carebridge.cases.escalation.ladder;

/**
 * Where an escalation stands on the ladder, as its team sees it: TEAM until a step of the bridge arrived (a step
 * while the bridge's status is still NEW counts: the escalation is there), BRIDGE, ADVISORY once referred or once
 * the advisory group took a step, DONE once resolved or withdrawn. A step row is of tier BRIDGE or ADVISORY only.
 */
public enum Tier {
    TEAM, BRIDGE, ADVISORY, DONE
}
