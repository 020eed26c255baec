package org.carebridge.advisory.vocabulary;

/** Whether the handover at the 18th birthday came in time, as case.digest.v1 reports it. */
public enum Transition18 {
    NOT_DUE, PENDING, ON_TIME, LATE
}
