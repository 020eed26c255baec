/**
 * Tells a case's team, and the invitees of a consultation table, what happens to the case above the team: steps of
 * its escalation (the bridge's, and the advisory group's from advisory.steps), advice, alerts; and emails the advisory
 * group's own reminders and climbs (advisory.steps) to the owner or chair they name. Sits above
 * escalation, referral, roster and notification and nothing depends on it.
 */
package org.carebridge.network.teamnotice;
