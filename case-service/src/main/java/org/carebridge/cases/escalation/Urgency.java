package org.carebridge.cases.escalation;

public enum Urgency {
    LOW, MEDIUM, HIGH
}
