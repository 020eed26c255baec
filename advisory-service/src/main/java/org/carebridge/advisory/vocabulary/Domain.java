package org.carebridge.advisory.vocabulary;

/** The three life domains a case team supports. */
public enum Domain {
    WELLBEING, SCHOOL, WORK
}
