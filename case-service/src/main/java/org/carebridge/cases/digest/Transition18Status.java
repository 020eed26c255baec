package org.carebridge.cases.digest;

/**
 * Where the case stands on the handover at 18. NOT_DUE: not turning 18 within 6 months (or already 18 when the case
 * opened); PENDING: turns 18 within 6 months, no accepted AGE_18_TRANSITION handover yet; ON_TIME: one was accepted
 * before the 18th birthday; LATE: the youth turned 18 without one, or it was accepted on or after the birthday.
 */
public enum Transition18Status {
    NOT_DUE, PENDING, ON_TIME, LATE
}
