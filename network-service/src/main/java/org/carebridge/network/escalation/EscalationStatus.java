package org.carebridge.network.escalation;

import org.carebridge.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where an escalation stands in the bridge: received, taken by a coordinator, referred upward, answered. */
public enum EscalationStatus {
    NEW, CLAIMED, REFERRED, ADVISED;

    /** Parses a query parameter, answering 400 naming the parameter rather than JAX-RS's 404 for a bad value. */
    public static EscalationStatus parse(String parameter, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(parameter, "must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
