package org.carebridge.network.handover;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A youth of the region turning 18 soon, by case id and pseudonym (the bridge never holds a name or birth
 * date), and where their transition stands: NONE (no AGE_18_TRANSITION handover yet), PENDING, OVERDUE
 * (pending past its dueBy), DECLINED (the last one was declined, none pending) or ACCEPTED.
 */
public record TransitionView(UUID caseId, String pseudonym, String turns18In, State state, UUID handoverId,
                             LocalDate dueBy) {

    public enum State {
        NONE, PENDING, OVERDUE, DECLINED, ACCEPTED
    }
}
