package org.carebridge.network.notification;

/**
 * A notification for a member of the advisory tier (ADVISORY_REMINDED to a referral's owner, ADVISORY_CLIMBED to the
 * region's chair), emailed after the commit and never streamed: advisory members have no live stream here, and a
 * bridge listener must not see the advisory group's own business.
 */
public record AdvisoryNotice(BridgeNotification notification) {
}
