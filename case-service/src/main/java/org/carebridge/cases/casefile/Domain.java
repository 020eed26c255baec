package org.carebridge.cases.casefile;

/** The three life domains a team supports the youth in. */
public enum Domain {
    WELLBEING, SCHOOL, WORK
}
