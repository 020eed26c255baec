package org.carebridge.network.vocabulary;

/** What a case team already tried before escalating, as a category (the free text stays with the bridge). */
public enum TriedMeasure {
    TEAM_MEETING, SCHOOL_ADJUSTMENT, REFERRAL_TO_SERVICE, FAMILY_CONVERSATION, LANGUAGE_SUPPORT, HOUSING_SEARCH,
    LEGAL_AID, FINANCIAL_SUPPORT, OTHER
}
