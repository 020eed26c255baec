package org.carebridge.network.vocabulary;

/** The three life domains a case team supports. */
public enum Domain {
    WELLBEING, SCHOOL, WORK
}
