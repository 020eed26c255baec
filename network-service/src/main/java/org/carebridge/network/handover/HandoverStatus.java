package org.carebridge.network.handover;

/** Where a handover stands; OVERDUE is not stored but read: PENDING with its dueBy passed. */
public enum HandoverStatus {
    PENDING, ACCEPTED, DECLINED
}
