package org.carebridge.cases.timeline;

/** What happened on a case; later issues add notes, goals, handovers and alerts. */
public enum TimelineKind {
    CASE_CREATED, MEMBER_ADDED, ESCALATED, ADVICE_RECEIVED
}
