/**
 * Tells a case's team, and the invitees of a consultation table, what happens to the case above the team: steps of
 * its escalation (the bridge's, and the advisory group's from advisory.steps), advice, alerts. Sits above
 * escalation, referral, roster and notification and nothing depends on it.
 */
package org.carebridge.network.teamnotice;
