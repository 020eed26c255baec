package org.carebridge.cases.casefile;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The three life domains a team supports the youth in. */
public enum Domain {
    // tolerant reader (issue 19), in consumed events only (a lesson's domains; requests stay strict): a domain this
    // release does not know reads as WELLBEING, the domain every case has
    @JsonEnumDefaultValue WELLBEING, SCHOOL, WORK
}
