package org.carebridge.cases.casefile;

/** How a case ended; the same values as {@code outcome} in case.digest.v1 (asyncapi.yaml). */
public enum Outcome {
    GOALS_REACHED, HANDED_OVER, MOVED_AWAY, YOUTH_DECLINED, AGED_OUT, OTHER
}
