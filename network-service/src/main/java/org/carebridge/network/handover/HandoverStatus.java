package org.carebridge.network.handover;

/**
 * Where a handover stands; OVERDUE is not stored but read: PENDING with its dueBy passed. WITHDRAWN: the requesting
 * team took it back before an answer.
 */
public enum HandoverStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN
}
