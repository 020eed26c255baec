package org.carebridge.cases.consent;

/** Who gave the consent: the youth, or their guardian (parent or legal guardian). */
public enum ConsentGiver {
    YOUTH, GUARDIAN
}
