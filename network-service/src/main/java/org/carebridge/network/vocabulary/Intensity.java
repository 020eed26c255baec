package org.carebridge.network.vocabulary;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Light or intensive case variant. */
public enum Intensity {
    // tolerant reader (issue 19): an intensity this release does not know reads as INTENSIVE: the reading that asks
    // more attention, not less
    LIGHT, @JsonEnumDefaultValue INTENSIVE
}
