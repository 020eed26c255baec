package org.carebridge.cases.privacy;

import java.time.LocalDate;

/**
 * What carries a youth's identifiers as they stand now: the case file does. {@link Identifiers} reads them through
 * this, so privacy stays below the case file instead of depending on it.
 */
public interface IdentifiedYouth {

    String youthGivenName();

    String youthFamilyName();

    LocalDate youthDateOfBirth();
}
