package org.carebridge.network.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The team of one case as case-service last announced it: the newest snapshot (highest sequence) wins. */
@Entity
@Table(name = "case_roster")
public class CaseRoster extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public UUID caseId;
    public String region;
    public long sequence;
    public boolean closed;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @ElementCollection
    @CollectionTable(name = "case_roster_member", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position") // case-service's order: the order in which the team was formed
    public List<Professional> members = new ArrayList<>();

    /** Replaces what we knew of the team with a newer snapshot of it. */
    void take(CaseTeamChangedV1 snapshot, OffsetDateTime at) {
        region = snapshot.region();
        sequence = snapshot.sequence();
        closed = snapshot.closed();
        changedAt = snapshot.changedAt();
        receivedAt = at;
        members.clear();
        for (CaseTeamChangedV1.Member m : snapshot.members()) {
            members.add(new Professional(m));
        }
    }

    /** A professional on the team: who, from which organisation, in which role, and whether they lead. */
    @Embeddable
    public static class Professional {
        public String username;
        public String organisation;
        public String role;
        public boolean lead;

        protected Professional() {
        }

        Professional(CaseTeamChangedV1.Member m) {
            username = m.username();
            organisation = m.organisation();
            role = m.role();
            lead = m.lead();
        }
    }
}
