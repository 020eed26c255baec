package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** LEAD hands over the accountable lead only; CASE hands the whole case to another team or organisation. */
public enum HandoverScope {
    // tolerant reader (issue 19): a scope this release does not know reads as CASE, the wider one: the receiving side
    // prepares for more, not less
    LEAD, @JsonEnumDefaultValue CASE
}
