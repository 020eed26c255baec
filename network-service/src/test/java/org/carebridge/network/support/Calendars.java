package org.carebridge.network.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads an iCalendar (RFC 5545) text as a calendar program would: CRLF lines, unfolded, one VEVENT. */
public final class Calendars {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Calendars() {
    }

    /** The properties of the calendar's only VEVENT, after checking the calendar's structure. */
    public static Map<String, String> singleEvent(String ics) {
        assertTrue(ics.endsWith("\r\n"), "every line ends in CRLF");
        List<String> lines = new ArrayList<>();
        for (String raw : ics.split("\r\n")) {
            if (raw.startsWith(" ") || raw.startsWith("\t")) { // a folded line continues the previous one
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else {
                assertTrue(raw.length() <= 75, "unfolded line longer than 75 octets: " + raw);
                lines.add(raw);
            }
        }
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")), lines.toString());
        int begin = lines.indexOf("BEGIN:VEVENT");
        int end = lines.indexOf("END:VEVENT");
        assertTrue(begin > 0 && end > begin && lines.lastIndexOf("BEGIN:VEVENT") == begin, lines.toString());
        Map<String, String> properties = new HashMap<>();
        for (String line : lines.subList(begin + 1, end)) {
            int colon = line.indexOf(':');
            assertTrue(colon > 0, "not a property: " + line);
            properties.put(line.substring(0, colon), line.substring(colon + 1));
        }
        for (String required : List.of("UID", "DTSTAMP", "DTSTART")) {
            assertTrue(properties.containsKey(required), required + " missing: " + properties);
        }
        return properties;
    }

    /** A DATE-TIME in UTC form (e.g. 20261214T083000Z). */
    public static Instant utc(String value) {
        return LocalDateTime.parse(value, UTC).toInstant(ZoneOffset.UTC);
    }
}
