package org.carebridge.network.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The calendar entry (iCalendar, RFC 5545) of a consultation table, attached to its invite email. Ids and the time
 * only, like the mail: the agenda is the team's text and stays in Carebridge.
 */
final class Invitation {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    /** A table records no end; an hour fills the invitee's calendar as a meeting would. */
    static final Duration LENGTH = Duration.ofHours(1);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Invitation() {
    }

    /** One VEVENT whose UID is the consultation id, so a calendar updates the same entry if it is sent again. */
    static String ics(UUID consultationId, OffsetDateTime meetsAt, OffsetDateTime stamp, UUID escalationId,
                      String url) {
        // RFC 5545 wants CRLF line ends; every line here is well under the 75-octet folding limit but the URL
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Carebridge//network-service//EN",
                "METHOD:REQUEST",
                "BEGIN:VEVENT",
                "UID:" + consultationId,
                "DTSTAMP:" + utc(stamp),
                "DTSTART:" + utc(meetsAt),
                "DTEND:" + utc(meetsAt.plus(LENGTH)),
                "SUMMARY:Carebridge consultation table",
                fold("DESCRIPTION:Consultation table on escalation " + escalationId + ". Open it in Carebridge: "
                        + url),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private static String utc(OffsetDateTime at) {
        return UTC.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Lines longer than 75 characters continue on the next line after a space (all ASCII here). */
    private static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        for (int start = 0; start < line.length(); start += start == 0 ? 75 : 74) {
            if (start > 0) {
                folded.append("\r\n ");
            }
            folded.append(line, start, Math.min(line.length(), start + (start == 0 ? 75 : 74)));
        }
        return folded.toString();
    }
}
