/**
 * Tells a case's team, and the invitees of a consultation table, what happens to the case above the team: steps of
 * its escalation, advice, alerts. Sits above escalation, roster and notification and nothing depends on it.
 */
package org.carebridge.network.teamnotice;
