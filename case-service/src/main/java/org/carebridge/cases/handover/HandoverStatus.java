package org.carebridge.cases.handover;

/** PENDING until the receiver decides; nothing changes hands before ACCEPTED. */
public enum HandoverStatus {
    PENDING, ACCEPTED, DECLINED
}
