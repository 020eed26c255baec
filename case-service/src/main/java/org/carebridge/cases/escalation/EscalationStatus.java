package org.carebridge.cases.escalation;

import java.util.EnumSet;
import java.util.Set;

/**
 * RAISED until the bridge or the advisory group answers; ADVISED once advice came back (the bridge still owns it);
 * WITHDRAWN and RESOLVED close it. A case has at most one open escalation.
 */
public enum EscalationStatus {
    RAISED, ADVISED, WITHDRAWN, RESOLVED;

    public static final Set<EscalationStatus> OPEN = EnumSet.of(RAISED, ADVISED);
}
