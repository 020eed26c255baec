package org.carebridge.network.roster;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.carebridge.platform.time.Clocks.utc;

/**
 * The professionals around one youth, as their case's team last stood; {@code lead} is the accountable lead's
 * username, null while the case has none. A closed case keeps showing the team it closed with.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RosterView(UUID caseId, String region, boolean closed, String lead, List<Professional> professionals,
                         OffsetDateTime changedAt) {

    public record Professional(String username, String organisation, String role, boolean lead) {
    }

    static RosterView of(CaseRoster r) {
        List<Professional> professionals = r.members.stream()
                .map(m -> new Professional(m.username, m.organisation, m.role, m.lead)).toList();
        String lead = professionals.stream().filter(Professional::lead).map(Professional::username).findFirst()
                .orElse(null);
        return new RosterView(r.caseId, r.region, r.closed, lead, professionals, utc(r.changedAt));
    }
}
