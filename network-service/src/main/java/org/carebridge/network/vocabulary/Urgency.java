package org.carebridge.network.vocabulary;

/** How fast the bridge must act on an escalation. */
public enum Urgency {
    LOW, MEDIUM, HIGH
}
