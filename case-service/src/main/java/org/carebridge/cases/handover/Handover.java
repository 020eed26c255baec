package org.carebridge.cases.handover;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseMember;
import org.carebridge.cases.casefile.Organisation;
import org.carebridge.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A request to hand a case's lead (or the whole case) to another professional or organisation. Its life is its
 * methods: {@link #request}, {@link #accept}, {@link #decline}, {@link #withdraw}; each checks the state it starts from.
 */
@Entity
@Table(name = "handover")
public class Handover extends PanacheEntityBase {
    /** The receiver's function on the team they join by accepting. */
    static final String LEAD_ROLE = "lead";

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    /** The case's region when requested: who of an organisation may receive it. */
    public String region;
    @Enumerated(EnumType.STRING)
    public HandoverScope scope;
    @Enumerated(EnumType.STRING)
    public HandoverReason reason;
    @Enumerated(EnumType.STRING)
    public HandoverStatus status;
    @Column(name = "from_username")
    public String fromUsername;
    @Column(name = "from_organisation")
    public String fromOrganisation;
    /** The receiving professional; null when any case worker of {@link #toOrganisation} in the region may accept. */
    @Column(name = "to_username")
    public String toUsername;
    @Column(name = "to_organisation")
    public String toOrganisation;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
    @Column(name = "due_by")
    public LocalDate dueBy;
    /** Who answered it: the receiver who accepted or declined, or the team member who withdrew it. */
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /**
     * The team asks to hand over: refused (409) on a closed case, to the lead themselves, and while the case has a
     * pending handover ({@code caseHasPending}, counted under the case's lock); a due date before {@code today} and
     * an unknown organisation are bad fields. Nothing changes hands yet. The caller persists the request.
     */
    public static Requested request(CareCase c, boolean caseHasPending, NewHandover body, LocalDate today,
                                    CaseMember from, String by, OffsetDateTime at) {
        c.requireOpen();
        if (body.dueBy() != null && body.dueBy().isBefore(today)) {
            throw ProblemException.badField("dueBy", "must be today or later");
        }
        String to = body.toUsername() == null || body.toUsername().isBlank() ? null
                : body.toUsername().strip().toLowerCase(Locale.ROOT); // Keycloak login names are lowercase
        if (to != null && to.equals(c.leadUsername)) {
            throw ProblemException.conflict(to + " is already the lead of this case");
        }
        if (caseHasPending) {
            throw ProblemException.conflict("this case already has a pending handover");
        }
        Handover h = new Handover();
        h.id = UUID.randomUUID();
        h.caseId = c.id;
        h.region = c.region;
        h.scope = body.scope();
        h.reason = body.reason();
        h.status = HandoverStatus.PENDING;
        h.fromUsername = from.username;
        h.fromOrganisation = from.organisation;
        h.toUsername = to;
        h.toOrganisation = Organisation.canonical(body.toOrganisation())
                .orElseThrow(() -> ProblemException.badField("toOrganisation", Organisation.MESSAGE));
        h.requestedBy = by;
        h.requestedAt = at;
        h.dueBy = body.dueBy();
        return new Requested(h, c);
    }

    /**
     * The receiver takes it: they join the team unless {@code receiverOnTeam} (the new member is the caller's to
     * persist) and become the lead. Refused (409) once decided and on a closed case.
     */
    public Accepted accept(CareCase c, boolean receiverOnTeam, String by, OffsetDateTime at) {
        decide(c, HandoverStatus.ACCEPTED, by, at);
        CaseMember joined = null;
        if (!receiverOnTeam) {
            joined = new CaseMember();
            joined.id = UUID.randomUUID();
            joined.caseId = c.id;
            joined.username = by;
            joined.organisation = toOrganisation;
            joined.role = LEAD_ROLE;
            joined.addedAt = at;
            joined.addedBy = by;
        }
        String previousLead = c.leadUsername;
        c.leadUsername = by;
        if (reason == HandoverReason.AGE_18_TRANSITION) {
            c.transitionHandedOver = true; // the transition is in the receiver's hands: no longer "due"
        }
        return new Accepted(this, c, joined, previousLead);
    }

    /** The receiver declines: nothing changes hands. Refused (409) once decided and on a closed case. */
    public Declined decline(CareCase c, String by, OffsetDateTime at) {
        decide(c, HandoverStatus.DECLINED, by, at);
        return new Declined(this);
    }

    /**
     * The team takes its request back, e.g. one addressed to an organisation nobody of which will answer: nothing
     * changes hands and the case is free for the next request. Refused (409) once answered. Allowed on a closed
     * case, so that a request left pending at closing can still be cleared from the receivers' and bridge's lists.
     */
    public Withdrawn withdraw(String by, OffsetDateTime at) {
        requirePending();
        answer(HandoverStatus.WITHDRAWN, by, at);
        return new Withdrawn(this);
    }

    private void decide(CareCase c, HandoverStatus decision, String by, OffsetDateTime at) {
        requirePending();
        c.requireOpen();
        answer(decision, by, at);
    }

    private void requirePending() {
        if (status != HandoverStatus.PENDING) {
            throw ProblemException.conflict("the handover was already " + status.name().toLowerCase(Locale.ROOT));
        }
    }

    private void answer(HandoverStatus answer, String by, OffsetDateTime at) {
        status = answer;
        decidedBy = by;
        decidedAt = at;
    }

    /**
     * The pending requests {@code username} may decide, oldest first: addressed to them by name, or to their
     * organisation ({@code organisation}, the list's code) in their region.
     */
    public static List<Handover> pendingFor(String username, String organisation, String region) {
        return find("status = ?1 and (toUsername = ?2 or (toUsername is null and toOrganisation = ?3 and region = ?4))",
                Sort.by("requestedAt").and("id"), HandoverStatus.PENDING, username, organisation, region).list();
    }

    /** Whether a transition handover at 18 was accepted for the case (the age-18 alert stays quiet then). */
    public static boolean age18TransitionAccepted(UUID caseId) {
        return count("caseId = ?1 and status = ?2 and reason = ?3", caseId, HandoverStatus.ACCEPTED,
                HandoverReason.AGE_18_TRANSITION) > 0;
    }

    /** What requesting did: a new pending handover (not yet persisted) of the case. */
    public record Requested(Handover handover, CareCase careCase) {
    }

    /**
     * What accepting did; {@code joined} is the receiver's new membership, null when they were on the team already;
     * {@code previousLead} may be null (no lead) or the receiver themselves.
     */
    public record Accepted(Handover handover, CareCase careCase, CaseMember joined, String previousLead) {

        public boolean leadChanged() {
            return !handover.decidedBy.equals(previousLead);
        }
    }

    public record Declined(Handover handover) {
    }

    public record Withdrawn(Handover handover) {
    }
}
