package org.carebridge.network.notification;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Email subjects in every language the web client speaks, for every kind; English for anything else. */
class MailTextsTest {

    @Test
    void everyKindHasASubjectInEveryLanguage() {
        for (String locale : List.of("en", "nl", "nb", "da")) {
            for (BridgeNotification.Kind kind : BridgeNotification.Kind.values()) {
                for (String recipient : new String[]{null, "anna"}) {
                    String what = MailTexts.what(notification(kind, recipient), locale);
                    assertNotNull(what, kind + " in " + locale);
                    assertTrue(!what.isBlank(), kind + " in " + locale);
                }
            }
            assertNotNull(MailTexts.digest(1, locale));
            assertTrue(MailTexts.digest(3, locale).contains("3"), locale);
        }
    }

    @Test
    void theRecipientsLocalePicksTheLanguage() {
        assertEquals("Nieuwe stap in de escalatie van je casus",
                MailTexts.what(notification(BridgeNotification.Kind.STEP, "anna"), "nl"));
        assertEquals("nl", MailTexts.language("nl-BE"));
        assertEquals("nb", MailTexts.language("nb_NO"));
        assertEquals("nb", MailTexts.language("no"));
        assertEquals("da", MailTexts.language("da"));
        assertEquals("en", MailTexts.language("de"));
        assertEquals("en", MailTexts.language(null));
        assertEquals("en", MailTexts.language(" "));
        assertEquals("3 nye varsler", MailTexts.digest(3, "da"));
        assertEquals("1 new alert", MailTexts.digest(1, "fr"));
        assertEquals("Escalation waiting on your next step",
                MailTexts.what(notification(BridgeNotification.Kind.RENOTIFIED, "bruno"), null));
        assertEquals("Still unclaimed escalation",
                MailTexts.what(notification(BridgeNotification.Kind.RENOTIFIED, null), null));
    }

    private static BridgeNotification notification(BridgeNotification.Kind kind, String recipient) {
        return new BridgeNotification(kind, "north", recipient, UUID.randomUUID(), UUID.randomUUID(), "X",
                OffsetDateTime.now());
    }
}
