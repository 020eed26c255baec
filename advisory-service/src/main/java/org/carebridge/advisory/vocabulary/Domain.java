package org.carebridge.advisory.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The three life domains a case team supports. */
public enum Domain {
    // tolerant reader (issue 19): a domain this release does not know reads as WELLBEING, the domain every case has
    @JsonEnumDefaultValue WELLBEING, SCHOOL, WORK
}
