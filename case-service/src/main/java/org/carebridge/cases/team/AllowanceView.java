package org.carebridge.cases.team;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An allowance as its admin sees it: who may join and why, nothing of the case but its id. */
public record AllowanceView(UUID caseId, String username, String reason, String allowedBy, OffsetDateTime allowedAt,
                            String withdrawnBy, OffsetDateTime withdrawnAt) {

    static AllowanceView of(TeamAllowance a) {
        return new AllowanceView(a.caseId, a.username, a.reason, a.allowedBy, a.allowedAt, a.withdrawnBy,
                a.withdrawnAt);
    }
}
