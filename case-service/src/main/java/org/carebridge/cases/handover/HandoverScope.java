package org.carebridge.cases.handover;

/** LEAD hands over the accountable lead only; CASE hands the whole case to another team or organisation. */
public enum HandoverScope {
    LEAD, CASE
}
