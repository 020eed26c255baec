package org.carebridge.advisory.referral;

/**
 * What receiving a referral needs to know of erasures. The referral feature owns this port and the erasure
 * feature implements it, so erasure depends on referrals and never the other way round.
 */
public interface ErasedCases {

    /** Blanks a referral being stored if its case was erased before it arrived (the topics are consumed apart). */
    void blankIfErased(Referral r, String why);
}
