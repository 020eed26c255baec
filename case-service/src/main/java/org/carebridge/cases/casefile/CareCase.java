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
import org.carebridge.platform.problem.ProblemException;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The case of one young person: who they are (for the team only), the region, and the accountable lead. */
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
}
