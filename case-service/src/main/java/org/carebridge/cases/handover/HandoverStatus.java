package org.carebridge.cases.handover;

/** PENDING until the receiver decides or the team withdraws it; nothing changes hands before ACCEPTED. */
public enum HandoverStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN
}
