package org.carebridge.network.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invitee's CONSULTATION_INVITE with what its email's calendar entry needs. Fired beside {@link #notification()}
 * (which the live stream shows): EmailNotifier mails the invite from this one, with an {@code .ics} attachment, or
 * without one when the table could not be found (consultationId and meetsAt null).
 */
public record ConsultationInvite(BridgeNotification notification, UUID consultationId, OffsetDateTime meetsAt) {

    public ConsultationInvite {
        if (notification.kind() != BridgeNotification.Kind.CONSULTATION_INVITE || notification.recipient() == null) {
            throw new IllegalArgumentException("an invite is a CONSULTATION_INVITE addressed to its invitee");
        }
    }
}
