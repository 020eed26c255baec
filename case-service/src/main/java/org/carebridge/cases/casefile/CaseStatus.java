package org.carebridge.cases.casefile;

public enum CaseStatus {
    OPEN, ESCALATED, CLOSED
}
