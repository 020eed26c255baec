package org.carebridge.network.teamnotice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.carebridge.network.notification.AdvisoryNotice;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.network.notification.BridgeNotification.Kind;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * The advisory tier's own reminders, which advisory-service records but cannot send (it has no mailer and no user
 * directory): a REMINDED step is emailed to the referral's owner, a CLIMBED one to the chair it climbed to. Email
 * only, and never to the case team. A climb in a region without a chair goes to the region's advisory members (as
 * Keycloak lists them): an overdue referral must reach someone who can take it up. A reminder with no owner yet is
 * logged, not guessed (the group's session agenda shows the referral anyway).
 */
@ApplicationScoped
public class AdvisoryReminders {

    private static final Logger LOG = Logger.getLogger(AdvisoryReminders.class);
    private static final Map<String, Kind> KINDS = Map.of("REMINDED", Kind.ADVISORY_REMINDED,
            "CLIMBED", Kind.ADVISORY_CLIMBED);

    private final Event<AdvisoryNotice> notices;

    public AdvisoryReminders(Event<AdvisoryNotice> notices) {
        this.notices = notices;
    }

    static boolean isReminder(String step) {
        return KINDS.containsKey(step);
    }

    /** In the inbox's transaction: the mail goes after the commit (EmailNotifier), once per event. */
    void tell(ReferralStepV1 step, String region) {
        Kind kind = KINDS.get(step.step());
        String to = kind == Kind.ADVISORY_CLIMBED ? step.climbedTo() : step.owner();
        if (to == null || to.isBlank()) {
            if (kind == Kind.ADVISORY_REMINDED) {
                LOG.infof("advisory reminder %s on referral %s names nobody to email (no owner yet)", step.stepId(),
                        step.referralId());
                return;
            }
            to = null; // no chair: the region's advisory members (EmailNotifier)
        }
        // the summary is the due date: ids, categories and dates only leave by email
        notices.fire(new AdvisoryNotice(new BridgeNotification(kind, region, to, step.referralId(), null,
                String.valueOf(step.dueDate()), step.at())));
    }
}
