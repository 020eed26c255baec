package org.carebridge.network.vocabulary;

/** What case-service's scheduled checks found on a case. */
public enum AlertKind {
    NO_LEAD, GOAL_OVERDUE, INACTIVITY, AGE_18_WITHOUT_TRANSITION
}
