package org.carebridge.advisory.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a case stands, as case.digest.v1 reports it. */
public enum CaseStatus {
    // tolerant reader (issue 19): a status this release does not know reads as OPEN: a live case; never CLOSED, which
    // retention would act on
    @JsonEnumDefaultValue OPEN, ESCALATED, CLOSED
}
