package org.carebridge.network.escalation;

import org.carebridge.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Parses a query parameter, answering 400 naming the parameter rather than JAX-RS's 404 for a bad value. */
    public static EscalationStatus parse(String parameter, String value) {
        return parseEnum(EscalationStatus.class, parameter, value);
    }

    /** Any enum from a query parameter; 400 naming the parameter and the allowed values when it is none of them. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(parameter, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
