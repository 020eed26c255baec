package org.carebridge.cases.alert;

/** What an automatic alert is about; the checks behind each are in {@link AlertChecks}. */
public enum AlertKind {
    NO_LEAD, GOAL_OVERDUE, INACTIVITY, AGE_18_WITHOUT_TRANSITION
}
