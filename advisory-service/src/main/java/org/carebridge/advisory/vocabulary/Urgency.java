package org.carebridge.advisory.vocabulary;

/** How fast the bridge must act on an escalation. */
public enum Urgency {
    LOW, MEDIUM, HIGH
}
