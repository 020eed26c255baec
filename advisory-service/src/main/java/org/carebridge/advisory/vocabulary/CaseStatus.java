package org.carebridge.advisory.vocabulary;

/** Where a case stands, as case.digest.v1 reports it. */
public enum CaseStatus {
    OPEN, ESCALATED, CLOSED
}
