package org.carebridge.network.notification;

import java.util.Locale;
import java.util.Map;

/**
 * The subject lines of our emails in the languages the web client speaks (en, nl, nb, da), picked by the recipient's
 * Keycloak {@code locale} attribute; English when they have none or another. Ids and categories stay as they are.
 */
final class MailTexts {

    private static final String ENGLISH = "en";

    /** kind name (RENOTIFIED_OWNER: the owner's re-notification), then the digest's one/many forms */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            ENGLISH, Map.ofEntries(
                    Map.entry("NEW_ESCALATION", "New escalation"), Map.entry("ALERT", "New alert"),
                    Map.entry("RENOTIFIED", "Still unclaimed escalation"),
                    Map.entry("RENOTIFIED_OWNER", "Escalation waiting on your next step"),
                    Map.entry("CLIMBED", "Overdue escalation climbed to you"),
                    Map.entry("REASSIGNED", "Escalation reassigned to you"),
                    Map.entry("STEP", "New step on your case's escalation"),
                    Map.entry("ADVICE", "Advice arrived on your case's escalation"),
                    Map.entry("HANDOVER_TO_ACCEPT", "Handover for you to accept"),
                    Map.entry("CONSULTATION_INVITE", "You are invited to a consultation table"),
                    Map.entry("DIGEST_ONE", "1 new alert"), Map.entry("DIGEST_MANY", "%d new alerts")),
            "nl", Map.ofEntries(
                    Map.entry("NEW_ESCALATION", "Nieuwe escalatie"), Map.entry("ALERT", "Nieuw signaal"),
                    Map.entry("RENOTIFIED", "Escalatie nog steeds niet opgepakt"),
                    Map.entry("RENOTIFIED_OWNER", "Escalatie wacht op je volgende stap"),
                    Map.entry("CLIMBED", "Verlopen escalatie naar jou doorgezet"),
                    Map.entry("REASSIGNED", "Escalatie aan jou toegewezen"),
                    Map.entry("STEP", "Nieuwe stap in de escalatie van je casus"),
                    Map.entry("ADVICE", "Advies ontvangen op de escalatie van je casus"),
                    Map.entry("HANDOVER_TO_ACCEPT", "Overdracht die jij moet accepteren"),
                    Map.entry("CONSULTATION_INVITE", "Je bent uitgenodigd voor een casustafel"),
                    Map.entry("DIGEST_ONE", "1 nieuw signaal"), Map.entry("DIGEST_MANY", "%d nieuwe signalen")),
            "nb", Map.ofEntries(
                    Map.entry("NEW_ESCALATION", "Ny eskalering"), Map.entry("ALERT", "Nytt varsel"),
                    Map.entry("RENOTIFIED", "Eskalering fortsatt ikke tatt"),
                    Map.entry("RENOTIFIED_OWNER", "Eskalering venter på ditt neste steg"),
                    Map.entry("CLIMBED", "Forfalt eskalering løftet til deg"),
                    Map.entry("REASSIGNED", "Eskalering tildelt deg"),
                    Map.entry("STEP", "Nytt steg i eskaleringen i saken din"),
                    Map.entry("ADVICE", "Råd mottatt i eskaleringen i saken din"),
                    Map.entry("HANDOVER_TO_ACCEPT", "Overføring som du skal godta"),
                    Map.entry("CONSULTATION_INVITE", "Du er invitert til et samarbeidsmøte"),
                    Map.entry("DIGEST_ONE", "1 nytt varsel"), Map.entry("DIGEST_MANY", "%d nye varsler")),
            "da", Map.ofEntries(
                    Map.entry("NEW_ESCALATION", "Ny eskalering"), Map.entry("ALERT", "Nyt varsel"),
                    Map.entry("RENOTIFIED", "Eskalering stadig ikke overtaget"),
                    Map.entry("RENOTIFIED_OWNER", "Eskalering venter på dit næste trin"),
                    Map.entry("CLIMBED", "Forfalden eskalering løftet til dig"),
                    Map.entry("REASSIGNED", "Eskalering overdraget til dig"),
                    Map.entry("STEP", "Nyt trin i eskaleringen i din sag"),
                    Map.entry("ADVICE", "Råd modtaget i eskaleringen i din sag"),
                    Map.entry("HANDOVER_TO_ACCEPT", "Overdragelse, som du skal acceptere"),
                    Map.entry("CONSULTATION_INVITE", "Du er inviteret til et konsultationsmøde"),
                    Map.entry("DIGEST_ONE", "1 nyt varsel"), Map.entry("DIGEST_MANY", "%d nye varsler")));

    private MailTexts() {
    }

    /** What a notification's subject says it is, in the recipient's language. */
    static String what(BridgeNotification n, String locale) {
        boolean owner = n.kind() == BridgeNotification.Kind.RENOTIFIED && n.recipient() != null;
        return texts(locale).get(owner ? "RENOTIFIED_OWNER" : n.kind().name());
    }

    /** "3 new alerts", in the recipient's language. */
    static String digest(int alerts, String locale) {
        return alerts == 1 ? texts(locale).get("DIGEST_ONE") : texts(locale).get("DIGEST_MANY").formatted(alerts);
    }

    /** The language of a Keycloak locale (nl, nl-BE, nb_NO; Norwegian "no" as bokmål), English otherwise. */
    static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return ENGLISH;
        }
        String language = Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        language = "no".equals(language) ? "nb" : language;
        return TEXTS.containsKey(language) ? language : ENGLISH;
    }

    private static Map<String, String> texts(String locale) {
        return TEXTS.get(language(locale));
    }
}
