package org.carebridge.cases.alert;

/**
 * What an automatic alert is about. GOAL_OVERDUE is part of the contract but not raised yet: goals are being built
 * in another package and the check follows once they exist.
 */
public enum AlertKind {
    NO_LEAD, GOAL_OVERDUE, INACTIVITY, AGE_18_WITHOUT_TRANSITION
}
