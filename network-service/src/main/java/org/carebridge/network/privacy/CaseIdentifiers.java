package org.carebridge.network.privacy;

import org.carebridge.network.escalation.Consultation;
import org.carebridge.network.escalation.Escalation;
import org.carebridge.network.roster.CaseRoster;

import java.util.ArrayList;
import java.util.List;

/** What network-service knows that identifies the case of an escalation, for {@link TextScrubber}. */
public final class CaseIdentifiers {

    private CaseIdentifiers() {
    }

    /** The case id (with and without dashes) and pseudonym; who raised it, its team, the invitees of its tables. */
    public static TextScrubber.Known of(Escalation e) {
        List<String> usernames = new ArrayList<>();
        usernames.add(e.raisedBy);
        CaseRoster roster = CaseRoster.findById(e.caseId);
        if (roster != null) {
            roster.members.forEach(m -> usernames.add(m.username));
        }
        Consultation.of(e.id).forEach(c -> usernames.addAll(c.members));
        String caseId = e.caseId.toString();
        return new TextScrubber.Known(List.of(caseId, caseId.replace("-", ""), e.pseudonym), usernames);
    }
}
