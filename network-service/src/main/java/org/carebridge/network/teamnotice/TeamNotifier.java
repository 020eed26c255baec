package org.carebridge.network.teamnotice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.carebridge.network.escalation.Consultation;
import org.carebridge.network.escalation.TeamStep;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.network.notification.BridgeNotification.Kind;
import org.carebridge.network.notification.ConsultationInvite;
import org.carebridge.network.notification.TeamNews;
import org.carebridge.network.roster.CaseRoster;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells a case's team what happens above it (issue 18: information flows back down): each member of the case's
 * roster, and each invitee of a consultation table, gets a {@link BridgeNotification} addressed to them, which the
 * live stream and the email deliver after the commit. Observes in the transaction that caused it, so it reads the
 * roster as that transaction sees it and tells nobody of a change that was rolled back.
 * <p>
 * A feature of its own rather than part of notification: it reads escalation's TeamStep and Consultation, and
 * escalation already depends on notification (which would then form a cycle).
 */
@ApplicationScoped
public class TeamNotifier {

    private static final String CONVENED = "CONSULTATION_CONVENED";

    private final Event<BridgeNotification> notify;
    private final Event<ConsultationInvite> invites;

    public TeamNotifier(Event<BridgeNotification> notify, Event<ConsultationInvite> invites) {
        this.notify = notify;
        this.invites = invites;
    }

    /** Invitees of a table get their invite (with its calendar entry), the rest of the team the step. */
    void step(@Observes TeamStep step) {
        Set<String> told = new LinkedHashSet<>();
        told.add(step.actor()); // who took the step knows it
        if (CONVENED.equals(step.step())) {
            Optional<Consultation> table = convened(step);
            for (String invitee : step.invitees()) {
                if (told.add(invitee)) {
                    BridgeNotification invite = new BridgeNotification(Kind.CONSULTATION_INVITE, step.region(),
                            invitee, step.escalationId(), step.caseId(), step.step(), step.at());
                    notify.fire(invite);
                    invites.fire(new ConsultationInvite(invite, table.map(c -> c.id).orElse(null),
                            table.map(c -> c.meetsAt).orElse(null)));
                }
            }
        }
        tellTeam(step.caseId(), told, member -> new BridgeNotification(Kind.STEP, step.region(), member,
                step.escalationId(), step.caseId(), step.step(), step.at()));
    }

    void news(@Observes TeamNews news) {
        tellTeam(news.caseId(), new LinkedHashSet<>(), member -> new BridgeNotification(news.kind(), news.region(),
                member, news.subjectId(), news.caseId(), news.summary(), news.at()));
    }

    /** An alert the region's coordinators hear of is on a case: its team hears of it too. */
    void alert(@Observes BridgeNotification alert) {
        if (alert.kind() == Kind.ALERT && alert.recipient() == null && alert.caseId() != null) {
            tellTeam(alert.caseId(), new LinkedHashSet<>(), member -> new BridgeNotification(Kind.ALERT,
                    alert.region(), member, alert.subjectId(), alert.caseId(), alert.summary(), alert.at()));
        }
    }

    private void tellTeam(UUID caseId, Set<String> told, Function<String, BridgeNotification> to) {
        for (String member : team(caseId)) {
            if (told.add(member)) {
                notify.fire(to.apply(member));
            }
        }
    }

    /** The usernames of the case's team as case-service last announced it; none for a case we have no roster of. */
    private static List<String> team(UUID caseId) {
        CaseRoster roster = CaseRoster.findById(caseId);
        return roster == null ? List.of() : roster.members.stream().map(m -> m.username).toList();
    }

    /** The table this step convened: the one convened at the step's time, else the escalation's latest. */
    private static Optional<Consultation> convened(TeamStep step) {
        List<Consultation> tables = Consultation.of(step.escalationId());
        return tables.stream().filter(c -> c.convenedAt != null && c.convenedAt.isEqual(step.at())).findFirst()
                .or(() -> tables.stream().filter(c -> c.convenedAt != null)
                        .max(Comparator.comparing(c -> c.convenedAt)));
    }
}
