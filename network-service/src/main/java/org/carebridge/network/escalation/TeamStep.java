package org.carebridge.network.escalation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A step on an escalation that its case team is to see (issue 18: information flows back down, not only the final
 * answer). The Recorder fires it in the step's transaction for every step meant for the team (a bridge-internal note
 * is not, unless its author marked it for the team); notification observes it to tell the team, live and by email,
 * after the commit. Ids and categories only, like every notification.
 *
 * @param invitees usernames asked to a consultation table (empty for other steps): they are told even when they
 *                 are not on the team
 */
public record TeamStep(UUID stepId, UUID escalationId, UUID caseId, String region, String step, String actor,
                       OffsetDateTime at, List<String> invitees) {

    public TeamStep {
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
    }
}
