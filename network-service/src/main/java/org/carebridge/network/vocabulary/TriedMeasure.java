package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * What a case team already tried before escalating, as a category (the free text stays with the bridge).
 * May grow: in an event, a value a newer producer adds reads here as OTHER (platform {@code Vocabularies}).
 */
public enum TriedMeasure {
    TEAM_MEETING, SCHOOL_ADJUSTMENT, REFERRAL_TO_SERVICE, FAMILY_CONVERSATION, LANGUAGE_SUPPORT, HOUSING_SEARCH,
    LEGAL_AID, FINANCIAL_SUPPORT, @JsonEnumDefaultValue OTHER
}
