package org.carebridge.cases.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.cases.privacy.IdentifiedYouth;
import org.carebridge.cases.privacy.Identifiers;
import org.carebridge.platform.problem.ProblemException;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The case of one young person: who they are (for the team only), the region, and the accountable lead. Its life is
 * its methods: {@link #open}, {@link #edit}, {@link #close}, {@link #closeToErase}, {@link #erasePersonalData}, {@link #appointLead},
 * {@link #addMember}, {@link #memberLeft}, {@link #escalate} and {@link #escalationEnded}; each checks the state it
 * starts from and returns what happened, for the service to persist and record.
 */
@Entity
@Table(name = "care_case")
public class CareCase extends PanacheEntityBase implements IdentifiedYouth {
    @Id
    public UUID id;
    @Column(name = "youth_given_name")
    public String youthGivenName;
    @Column(name = "youth_family_name")
    public String youthFamilyName;
    /** Written by the database: lower("given family"), what "my cases" searches (trigram-indexed). */
    @Column(name = "youth_search", insertable = false, updatable = false)
    public String youthSearch;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @ElementCollection
    @CollectionTable(name = "care_case_language", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "language")
    @BatchSize(size = 100)
    public Set<String> languages = new HashSet<>();
    @Column(name = "unaccompanied_minor")
    public Boolean unaccompaniedMinor;
    @Column(name = "residence_status")
    @Enumerated(EnumType.STRING)
    public ResidenceStatus residenceStatus;
    public String region;
    @Enumerated(EnumType.STRING)
    public Intensity intensity;
    @ElementCollection
    @CollectionTable(name = "care_case_domain", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "domain")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100) // a page of "my cases" loads its domains in one query
    public Set<Domain> domains = new HashSet<>();
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    /** Null when the lead's membership was removed: the case is then flagged as without a lead. */
    @Column(name = "lead_username")
    public String leadUsername;
    /** An AGE_18_TRANSITION handover was accepted: the 18th birthday is in the receiver's hands, not "due". */
    @Column(name = "transition_handed_over")
    public boolean transitionHandedOver;
    /** Set when closed; the values of case.digest.v1's outcome. */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    /** When retention or an erasure request removed the youth's personal data; null while it is kept. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;

    /**
     * The member who may act for the team (team.TeamRules, rule 1): the lead, else the creator if still on the team,
     * else the longest-serving member, so a case never ends up with nobody who may act; null without members.
     */
    public String steward() {
        List<CaseMember> members = CaseMember.ofCase(id); // ordered by addedAt: the first is the longest-serving
        // a lead no longer on the team (data of before these rules) counts as none, as the no-lead alert has it
        if (leadUsername != null && members.stream().anyMatch(m -> m.username.equals(leadUsername))) {
            return leadUsername;
        }
        if (members.stream().anyMatch(m -> m.username.equals(createdBy))) {
            return createdBy;
        }
        return members.isEmpty() ? null : members.get(0).username;
    }

    /** A closed case is a record, no longer a workplace: changes to it are refused. */
    public CareCase requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("the case is closed");
        }
        return this;
    }

    /**
     * A case worker opens a case: they become its first member and its lead, in their {@code region} and
     * {@code organisation} (a canonical code); the role must not name the youth (400). The caller persists the case,
     * then the creator's membership.
     */
    public static Opened open(NewCase body, String region, String organisation, String by, OffsetDateTime at) {
        NewCase.Youth youth = body.youth();
        Identifiers.of(youth.givenName(), youth.familyName(), youth.dateOfBirth()).refuseIn("role", body.role());
        CareCase c = new CareCase();
        c.id = UUID.randomUUID();
        c.setYouth(youth);
        c.region = region;
        c.intensity = body.intensity();
        c.domains = EnumSet.copyOf(body.domains());
        c.status = CaseStatus.OPEN;
        c.leadUsername = by;
        c.createdAt = at;
        c.createdBy = by;
        String role = body.role() == null || body.role().isBlank() ? null : body.role().strip();
        return new Opened(c, CaseMember.joining(c.id, by, organisation, role, at, by));
    }

    /**
     * A member edits who the youth is, the intensity and the domains: refused (409) once closed; nothing changed is
     * no edit (empty). What happened names the changed fields, never their values.
     */
    public Optional<Edited> edit(CaseUpdate body, String by, OffsetDateTime at) {
        requireOpen();
        CareCase after = new CareCase();
        after.setYouth(body.youth());
        after.intensity = body.intensity();
        after.domains = EnumSet.copyOf(body.domains());
        List<String> fields = changedFields(after);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        setYouth(body.youth());
        intensity = after.intensity;
        domains = after.domains;
        return Optional.of(new Edited(this, fields, by, at));
    }

    private List<String> changedFields(CareCase after) {
        List<String> fields = new ArrayList<>();
        if (!after.youthGivenName.equals(youthGivenName) || !after.youthFamilyName.equals(youthFamilyName)) {
            fields.add("name");
        }
        if (!after.dateOfBirth.equals(dateOfBirth)) {
            fields.add("date of birth");
        }
        if (!after.languages.equals(languages)) {
            fields.add("languages");
        }
        if (!Objects.equals(after.unaccompaniedMinor, unaccompaniedMinor) || after.residenceStatus != residenceStatus) {
            fields.add("legal situation");
        }
        if (after.intensity != intensity) {
            fields.add("intensity");
        }
        if (!after.domains.equals(domains)) {
            fields.add("domains");
        }
        return fields;
    }

    /**
     * The team closes the case with its outcome: refused (409) once closed, and while it is escalated, as the bridge
     * must not work on a closed case (the escalation is withdrawn or resolved first).
     */
    public Closed close(Outcome outcome, String by, OffsetDateTime at) {
        requireOpen();
        if (status == CaseStatus.ESCALATED) {
            throw ProblemException.conflict("the case has an open escalation: withdraw it or wait for its resolution");
        }
        return closed(outcome, by, at);
    }

    /**
     * Before its personal data is erased on request: an open or escalated case is closed with outcome OTHER, as
     * nobody can work on a case without a person; a closed one stays as it was (empty). Refused (409) once erased.
     */
    public Optional<Closed> closeToErase(String by, OffsetDateTime at) {
        if (erasedAt != null) {
            throw ProblemException.conflict("the case's personal data is already erased");
        }
        return status == CaseStatus.CLOSED ? Optional.empty() : Optional.of(closed(Outcome.OTHER, by, at));
    }

    private Closed closed(Outcome outcome, String by, OffsetDateTime at) {
        status = CaseStatus.CLOSED;
        this.outcome = outcome;
        closedAt = at;
        closedBy = by;
        return new Closed(this);
    }

    /**
     * Removes who the youth is (name, birth date, languages, legal situation) and marks when; what remains is
     * structure without a person. Once only: an erased case is left as it is (empty), as retention and a request
     * may meet. The caller blanks the case's free text elsewhere (journal, goals, escalations).
     */
    public Optional<Erased> erasePersonalData(String by, String why, OffsetDateTime at) {
        if (erasedAt != null) {
            return Optional.empty();
        }
        youthGivenName = null;
        youthFamilyName = null;
        dateOfBirth = null;
        languages = new HashSet<>();
        unaccompaniedMinor = null;
        residenceStatus = null;
        erasedAt = at;
        return Optional.of(new Erased(this, by, why));
    }

    /**
     * A member becomes the lead (who may appoint is team.TeamRules): refused (409) on a closed case, and (400) for
     * someone not {@code onTeam}; the lead already is no change (empty). {@code allowedBy} names the network-admin
     * whose allowance let a worker of another region lead, null otherwise.
     */
    public Optional<LeadChanged> appointLead(String username, boolean onTeam, String allowedBy, String by,
                                             OffsetDateTime at) {
        requireOpen();
        if (!onTeam) {
            throw ProblemException.badField("username", "must be a member of the case");
        }
        if (username.equals(leadUsername)) {
            return Optional.empty();
        }
        String previous = leadUsername;
        leadUsername = username;
        return Optional.of(new LeadChanged(this, previous, allowedBy, by, at));
    }

    /**
     * A colleague joins the team: refused (409) on a closed case and for someone {@code onTeam} already; the
     * organisation must be on the list (400). The lead stays. The caller persists the new membership.
     */
    public MemberAdded addMember(String username, boolean onTeam, String organisation, String role,
                                 String allowedBy, String by, OffsetDateTime at) {
        requireOpen();
        if (onTeam) {
            throw ProblemException.conflict(username + " is already a member of this case");
        }
        String code = Organisation.canonical(organisation)
                .orElseThrow(() -> ProblemException.badField("organisation", Organisation.MESSAGE));
        return new MemberAdded(this, CaseMember.joining(id, username, code, role.strip(), at, by), allowedBy);
    }

    /**
     * A member left or was removed (who may, and that the last member may not, is team.TeamRules): refused (409) on a
     * closed case. When the lead left the case has no lead: it is flagged ({@link #leadMissing}) rather than
     * silently given to someone, because who is accountable is the team's decision. {@code consentsEnded} when the
     * member's consents ended with the membership. The caller deletes the membership.
     */
    public MemberRemoved memberLeft(CaseMember member, boolean consentsEnded, String by, OffsetDateTime at) {
        requireOpen();
        boolean leadLeft = member.username.equals(leadUsername);
        if (leadLeft) {
            leadUsername = null;
        }
        return new MemberRemoved(this, member, leadLeft, consentsEnded, by, at);
    }

    /** An escalation was raised: the case is ESCALATED while it is open (refused on a closed case). */
    public void escalate() {
        requireOpen();
        status = CaseStatus.ESCALATED;
    }

    /**
     * Its escalation ended (withdrawn or resolved): an escalated case is OPEN again; a closed one stays closed.
     * @return whether the case went back to OPEN
     */
    public boolean escalationEnded() {
        if (status != CaseStatus.ESCALATED) {
            return false;
        }
        status = CaseStatus.OPEN;
        return true;
    }

    /** Sets who the youth is, from a create or edit request. */
    void setYouth(NewCase.Youth youth) {
        youthGivenName = youth.givenName().strip();
        youthFamilyName = youth.familyName().strip();
        dateOfBirth = youth.dateOfBirth();
        languages = youth.languages() == null ? new HashSet<>() : new HashSet<>(youth.languages());
        NewCase.LegalSituation legal = youth.legalSituation();
        unaccompaniedMinor = legal == null ? null : legal.unaccompaniedMinor();
        residenceStatus = legal == null ? null : legal.residenceStatus();
    }

    public boolean leadMissing() {
        return leadUsername == null;
    }

    @Override
    public String youthGivenName() {
        return youthGivenName;
    }

    @Override
    public String youthFamilyName() {
        return youthFamilyName;
    }

    @Override
    public LocalDate youthDateOfBirth() {
        return dateOfBirth;
    }

    /** What opening did: the new case and its creator's membership, neither yet persisted. */
    public record Opened(CareCase careCase, CaseMember creator) {
    }

    /** What an edit did: the names of the changed fields. */
    public record Edited(CareCase careCase, List<String> fields, String by, OffsetDateTime at) {
    }

    /** What closing did; outcome, when and by whom are on the case. */
    public record Closed(CareCase careCase) {
    }

    /** What erasing the youth's personal data did, by whom ("system" for retention) and why; when is on the case. */
    public record Erased(CareCase careCase, String by, String why) {
    }

    /** What appointing a lead did; {@code previousLead} is null when the case had none. */
    public record LeadChanged(CareCase careCase, String previousLead, String allowedBy, String by,
                              OffsetDateTime at) {
    }

    /** What a colleague joining did: their membership (not yet persisted), allowed by whom or null. */
    public record MemberAdded(CareCase careCase, CaseMember member, String allowedBy) {
    }

    /** What a member leaving did; {@code leadLeft} when the case is now without a lead. */
    public record MemberRemoved(CareCase careCase, CaseMember member, boolean leadLeft, boolean consentsEnded,
                                String by, OffsetDateTime at) {
    }
}
