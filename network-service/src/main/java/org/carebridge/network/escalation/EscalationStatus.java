package org.carebridge.network.escalation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an escalation stands in the bridge: received, taken by a coordinator, referred upward, answered by the
 * advisory group, resolved by the bridge with an outcome, or withdrawn by the team that unblocked itself.
 */
public enum EscalationStatus {
    NEW, CLAIMED, REFERRED, ADVISED, RESOLVED, WITHDRAWN;

    /** Still the bridge's work: these re-notify, climb when overdue, and may be withdrawn by the team. */
    public static final Set<EscalationStatus> OPEN = EnumSet.of(NEW, CLAIMED, REFERRED, ADVISED);

    public boolean open() {
        return OPEN.contains(this);
    }
}
