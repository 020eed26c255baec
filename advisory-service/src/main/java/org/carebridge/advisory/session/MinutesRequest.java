package org.carebridge.advisory.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The minutes of a session, written by the advisory group (replaces the earlier text). */
public record MinutesRequest(@NotNull @Size(max = 20000) String minutes) {
}
