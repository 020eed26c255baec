package org.carebridge.advisory.referral;

import org.carebridge.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A referral waits for advice (OPEN), has it (ADVISED) or was closed without it, with a reason (CLOSED). */
public enum ReferralStatus {
    OPEN, ADVISED, CLOSED;

    /** Parses a query parameter, answering 400 naming the parameter rather than JAX-RS's 404 for a bad value. */
    public static ReferralStatus parse(String parameter, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(parameter, "must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
