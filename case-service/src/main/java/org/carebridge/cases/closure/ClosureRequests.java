package org.carebridge.cases.closure;

import jakarta.validation.constraints.NotNull;
import org.carebridge.cases.casefile.Outcome;

/** Request bodies of closing and erasure; categories only, no free text that would itself need erasing. */
public final class ClosureRequests {

    private ClosureRequests() {
    }

    /** Body of {@code POST /api/cases/{id}/close}. */
    public record CloseCase(@NotNull Outcome outcome) {
    }

    /** Who asked for the erasure of an open case (the youth, their guardian) or why it is due otherwise. */
    public enum ErasureReason {
        YOUTH_REQUEST, GUARDIAN_REQUEST, UNLAWFUL_PROCESSING, CONSENT_WITHDRAWN
    }

    /** Body of {@code POST /api/cases/{id}/erasure}. */
    public record ErasureRequest(@NotNull ErasureReason reason) {
    }

    public record ErasureView(java.util.UUID caseId, java.time.OffsetDateTime erasedAt) {
    }
}
