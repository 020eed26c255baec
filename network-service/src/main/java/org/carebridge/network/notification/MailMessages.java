package org.carebridge.network.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of our emails, English here; Dutch, Norwegian (bokmål) and Danish in
 * {@code messages/mail_nl.properties}, {@code mail_nb.properties} and {@code mail_da.properties} (one key per method;
 * MailMessagesTest fails on one missing). The templates in {@code templates/mail/} lay the texts out. Parameters
 * are ids, categories, regions and times only: names never leave case-service, and email leaves our systems.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    // --- subjects, one per kind (renotifiedOwner: the owner's re-notification) ---------------------------------

    @Message("New escalation")
    String newEscalation();

    @Message("New alert")
    String alert();

    @Message("Still unclaimed escalation")
    String renotified();

    @Message("Escalation waiting on your next step")
    String renotifiedOwner();

    @Message("Overdue escalation climbed to you")
    String climbed();

    @Message("Escalation reassigned to you")
    String reassigned();

    @Message("New step on your case's escalation")
    String step();

    @Message("Advice arrived on your case's escalation")
    String advice();

    @Message("Handover for you to accept")
    String handoverToAccept();

    @Message("You are invited to a consultation table")
    String consultationInvite();

    @Message("Advisory referral you own is due")
    String advisoryReminded();

    @Message("Overdue advisory referral climbed to you")
    String advisoryClimbed();

    @Message("Overdue advisory referral, and your region has no advisory chair")
    String advisoryClimbedGroup();

    // --- what happened, one per kind: the body's first line ---------------------------------------------------

    @Message("A case team in region {region} escalated a case to the bridge ({summary}).")
    String newEscalationBody(String region, String summary);

    @Message("An alert ({summary}) was raised on a case in region {region}.")
    String alertBody(String region, String summary);

    @Message("An escalation in region {region} is still unclaimed ({summary}).")
    String renotifiedBody(String region, String summary);

    @Message("An escalation you own in region {region} is waiting on your next step ({summary}).")
    String renotifiedOwnerBody(String region, String summary);

    @Message("An overdue escalation in region {region} was handed to you as the region's lead coordinator ({summary}).")
    String climbedBody(String region, String summary);

    @Message("An escalation in region {region} is now yours ({summary}).")
    String reassignedBody(String region, String summary);

    @Message("The escalation of a case you are on took a step in region {region}: {summary}.")
    String stepBody(String region, String summary);

    @Message("The advisory group gave advice on the escalation of a case you are on, in region {region}.")
    String adviceBody(String region, String summary);

    @Message("A case in region {region} is being handed over to you ({summary}): accept or decline it in Carebridge.")
    String handoverToAcceptBody(String region, String summary);

    @Message("A consultation table on an escalation in region {region} asks you to attend; the calendar entry is attached when the date is set.")
    String consultationInviteBody(String region, String summary);

    @Message("A referral you own in the advisory group of region {region} is due on {summary}: take it up or decide on it in Carebridge.")
    String advisoryRemindedBody(String region, String summary);

    @Message("A referral in the advisory group of region {region} is overdue (due {summary}) and climbed to you as the region's advisory chair.")
    String advisoryClimbedBody(String region, String summary);

    @Message("A referral in the advisory group of region {region} is overdue (due {summary}); the region has no advisory chair, so it goes to every advisory member of the region: take it up in Carebridge.")
    String advisoryClimbedGroupBody(String region, String summary);

    // --- the rest of a notification's mail --------------------------------------------------------------------

    @Message("At {at}.")
    String when(String at);

    @Message("Open escalation {id} in Carebridge: {url}")
    String openEscalation(String id, String url);

    @Message("Open alert {id} in Carebridge: {url}")
    String openAlert(String id, String url);

    @Message("Open handover {id} in Carebridge: {url}")
    String openHandover(String id, String url);

    @Message("Open referral {id} in the advisory group in Carebridge: {url}")
    String openReferral(String id, String url);

    @Message("You receive this as a bridge coordinator of region {region}; mute this kind of email ({kind}) in your email settings.")
    String whyCoordinator(String region, String kind);

    @Message("You receive this as {username}; mute this kind of email ({kind}) in your email settings.")
    String whyUser(String username, String kind);

    @Message("You receive this as {username} of the advisory group; mute this kind of email ({kind}) in your email settings.")
    String whyAdvisory(String username, String kind);

    @Message("You receive this as an advisory member of region {region}; mute this kind of email ({kind}) in your email settings.")
    String whyAdvisoryGroup(String region, String kind);

    // --- the alert digest -------------------------------------------------------------------------------------

    @Message("1 new alert")
    String digestOne();

    @Message("{count} new alerts")
    String digestMany(int count);

    @Message("New alerts since the last digest:")
    String digestIntro();

    @Message("{category} alert {id} in region {region} at {at}")
    String digestLine(String category, String id, String region, String at);

    @Message("Open them in Carebridge: {url}")
    String digestOpen(String url);

    @Message("One email collects the alerts of each scan; mute ALERT in your email settings to get none.")
    String digestWhy();
}
