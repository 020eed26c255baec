package org.carebridge.cases.escalation;

/** What the team already tried before escalating, as categories that may leave the service. */
public enum TriedMeasure {
    TEAM_MEETING, SCHOOL_ADJUSTMENT, REFERRAL_TO_SERVICE, FAMILY_CONVERSATION, LANGUAGE_SUPPORT, HOUSING_SEARCH,
    LEGAL_AID, FINANCIAL_SUPPORT, OTHER
}
