package org.carebridge.network.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our emails' subjects and bodies in the recipient's language (their Keycloak {@code locale} attribute; English when
 * they have none or one we do not speak): the texts are {@link MailMessages}, laid out by the templates in
 * {@code templates/mail/}. Ids, categories and regions stay as they are.
 */
@ApplicationScoped
public class MailTexts {

    static final String ENGLISH = "en";
    /** the languages of the web client, and of our mails */
    static final Set<String> LANGUAGES = Set.of(ENGLISH, "nl", "nb", "da");

    private final Template notification;
    private final Template digest;
    private final String inboxUrl;

    public MailTexts(@Location("mail/notification.txt") Template notification,
                     @Location("mail/digest.txt") Template digest,
                     @ConfigProperty(name = "carebridge.bridge.inbox-url") String inboxUrl) {
        this.notification = notification;
        this.digest = digest;
        this.inboxUrl = inboxUrl;
    }

    /** "[Carebridge north] New escalation: HOUSING · HIGH", in the recipient's language. */
    public String subject(BridgeNotification n, String locale) {
        return "[Carebridge " + n.region() + "] " + what(messages(locale), n) + ": " + n.summary();
    }

    /** What happened, what to open and why they get it, in the recipient's language. */
    public String body(BridgeNotification n, String locale) {
        String opens = switch (n.kind()) {
            case ALERT -> "ALERT";
            case HANDOVER_TO_ACCEPT -> "HANDOVER";
            case ADVISORY_REMINDED, ADVISORY_CLIMBED -> "REFERRAL";
            default -> "ESCALATION";
        };
        return notification.data("happened", happened(messages(locale), n)).data("at", String.valueOf(n.at()))
                .data("opens", opens).data("id", String.valueOf(n.subjectId())).data("url", inboxUrl)
                .data("region", n.region()).data("recipient", n.recipient()).data("kind", n.kind().name())
                .setLocale(language(locale)).render();
    }

    /** "[Carebridge north, south] 3 new alerts", in the recipient's language. */
    public String digestSubject(List<AlertNotice> alerts, String locale) {
        String regions = alerts.stream().map(n -> n.region).distinct().sorted().collect(Collectors.joining(", "));
        MailMessages m = messages(locale);
        return "[Carebridge " + regions + "] " + (alerts.size() == 1 ? m.digestOne() : m.digestMany(alerts.size()));
    }

    public String digestBody(List<AlertNotice> alerts, String locale) {
        MailMessages m = messages(locale);
        List<String> lines = alerts.stream().map(n -> m.digestLine(n.category, String.valueOf(n.alertId), n.region,
                String.valueOf(n.raisedAt))).toList();
        return digest.data("alerts", lines).data("url", inboxUrl).setLocale(language(locale)).render();
    }

    /** The language of a Keycloak locale (nl, nl-BE, nb_NO; Norwegian "no" as bokmål), English otherwise. */
    static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return ENGLISH;
        }
        String language = Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        language = "no".equals(language) ? "nb" : language;
        return LANGUAGES.contains(language) ? language : ENGLISH;
    }

    static MailMessages messages(String locale) {
        String language = language(locale);
        // the English texts are the bundle's default (the interface itself), the others its localized files
        return ENGLISH.equals(language) ? MessageBundles.get(MailMessages.class)
                : MessageBundles.get(MailMessages.class, Localized.Literal.of(language));
    }

    /**
     * The subject's words for the kind (a re-notification addressed to one user is the owner's; a climb addressed to
     * nobody went to the whole advisory group).
     */
    static String what(MailMessages m, BridgeNotification n) {
        return switch (n.kind()) {
            case NEW_ESCALATION -> m.newEscalation();
            case ALERT -> m.alert();
            case RENOTIFIED -> n.recipient() == null ? m.renotified() : m.renotifiedOwner();
            case CLIMBED -> m.climbed();
            case REASSIGNED -> m.reassigned();
            case STEP -> m.step();
            case ADVICE -> m.advice();
            case HANDOVER_TO_ACCEPT -> m.handoverToAccept();
            case CONSULTATION_INVITE -> m.consultationInvite();
            case ADVISORY_REMINDED -> m.advisoryReminded();
            case ADVISORY_CLIMBED -> n.recipient() == null ? m.advisoryClimbedGroup() : m.advisoryClimbed();
        };
    }

    /** The body's first line: what happened, with the region and the notification's summary (ids, categories). */
    static String happened(MailMessages m, BridgeNotification n) {
        String region = n.region();
        String summary = n.summary();
        return switch (n.kind()) {
            case NEW_ESCALATION -> m.newEscalationBody(region, summary);
            case ALERT -> m.alertBody(region, summary);
            case RENOTIFIED -> n.recipient() == null ? m.renotifiedBody(region, summary)
                    : m.renotifiedOwnerBody(region, summary);
            case CLIMBED -> m.climbedBody(region, summary);
            case REASSIGNED -> m.reassignedBody(region, summary);
            case STEP -> m.stepBody(region, summary);
            case ADVICE -> m.adviceBody(region, summary);
            case HANDOVER_TO_ACCEPT -> m.handoverToAcceptBody(region, summary);
            case CONSULTATION_INVITE -> m.consultationInviteBody(region, summary);
            case ADVISORY_REMINDED -> m.advisoryRemindedBody(region, summary);
            case ADVISORY_CLIMBED -> n.recipient() == null ? m.advisoryClimbedGroupBody(region, summary)
                    : m.advisoryClimbedBody(region, summary);
        };
    }
}
