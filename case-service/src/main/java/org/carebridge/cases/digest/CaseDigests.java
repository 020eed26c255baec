package org.carebridge.cases.digest;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.escalation.Escalation;
import org.carebridge.cases.goal.Goal;
import org.carebridge.cases.goal.GoalStatus;
import org.carebridge.cases.handover.Handover;
import org.carebridge.cases.handover.HandoverReason;
import org.carebridge.cases.handover.HandoverStatus;
import org.carebridge.cases.handover.Transition18;
import org.carebridge.cases.privacy.AgeBands;
import org.carebridge.cases.privacy.Pseudonyms;
import org.carebridge.cases.support.CaseSettings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds the pseudonymised snapshot of a case, field by field from what may leave the service, without its place in
 * the series (sequence 0, no asOf): {@link DigestPublisher} numbers it.
 */
@ApplicationScoped
public class CaseDigests {

    private final Pseudonyms pseudonyms;
    private final AgeBands ageBands;
    private final Transition18 transition18;
    private final ZoneId zone;

    public CaseDigests(Pseudonyms pseudonyms, AgeBands ageBands, Transition18 transition18,
                       CaseSettings.LocalZone localZone) {
        this.pseudonyms = pseudonyms;
        this.ageBands = ageBands;
        this.transition18 = transition18;
        this.zone = localZone.zone();
    }

    public CaseDigestV1 of(CareCase c) {
        LocalDate today = transition18.today();
        LocalDate openedOn = c.createdAt.atZoneSameInstant(zone).toLocalDate();
        return build(c, ageBands.of(c.dateOfBirth), transition18(c, openedOn, today), today);
    }

    /** A case whose personal data is erased: the age band and transition state are given, as last published. */
    public CaseDigestV1 ofErased(CareCase c, String lastAgeBand, Transition18Status lastTransition18) {
        return build(c, lastAgeBand, lastTransition18, transition18.today());
    }

    private CaseDigestV1 build(CareCase c, String ageBand, Transition18Status transition, LocalDate today) {
        LocalDate openedOn = c.createdAt.atZoneSameInstant(zone).toLocalDate();
        List<Goal> goals = Goal.list("caseId", c.id); // a case has tens of goals, not thousands
        List<Escalation> escalations = Escalation.list("caseId", Sort.by("raisedAt").and("id"), c.id);
        List<CaseMember> members = CaseMember.ofCase(c.id); // one query for the size and the lead, a team is small
        boolean hasLead = c.leadUsername != null && members.stream().anyMatch(m -> m.username.equals(c.leadUsername));
        LocalDate closedOn = c.closedAt == null ? null : c.closedAt.atZoneSameInstant(zone).toLocalDate();
        return new CaseDigestV1(pseudonyms.of(c.id), 0, null, c.region, ageBand,
                c.domains.stream().sorted().toList(), c.intensity, c.status, openedOn, closedOn,
                c.outcome == null ? null : c.outcome.name(),
                escalations.stream().filter(Escalation::isOpen).map(e -> e.barrier).distinct().sorted().toList(),
                members.size(), hasLead,
                count(goals, g -> g.status == GoalStatus.OPEN), count(goals, g -> g.status == GoalStatus.DONE),
                count(goals, g -> g.overdue(today)),
                escalations.stream().map(e -> new CaseDigestV1.EscalationDigest(e.barrier, e.urgency, e.raisedAt,
                        e.endedAt, e.endedBy)).toList(),
                transition);
    }

    Transition18Status transition18(CareCase c, LocalDate openedOn, LocalDate today) {
        LocalDate birthday = Transition18.eighteenthBirthday(c.dateOfBirth);
        Handover accepted = Handover.<Handover>find("caseId = ?1 and status = ?2 and reason = ?3",
                        Sort.by("decidedAt"), c.id, HandoverStatus.ACCEPTED, HandoverReason.AGE_18_TRANSITION)
                .firstResult();
        if (accepted != null) {
            LocalDate acceptedOn = accepted.decidedAt.atZoneSameInstant(zone).toLocalDate();
            return acceptedOn.isBefore(birthday) ? Transition18Status.ON_TIME : Transition18Status.LATE;
        }
        if (!birthday.isAfter(openedOn)) {
            return Transition18Status.NOT_DUE; // already 18 when the case opened: no transition to plan
        }
        if (!today.isBefore(birthday)) {
            return Transition18Status.LATE;
        }
        return transition18.turns18Within(c.dateOfBirth, Transition18.DUE_HORIZON) ? Transition18Status.PENDING
                : Transition18Status.NOT_DUE;
    }

    private static int count(List<Goal> goals, Predicate<Goal> which) {
        return (int) goals.stream().filter(which).count();
    }
}
