package org.carebridge.cases.casefile;

import org.carebridge.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters parsed by hand rather than bound as enums or booleans, so that a wrong value gets a 400 naming
 * the parameter instead of the 404 JAX-RS answers for an unconvertible query parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** @return the enum constant (case-insensitive), null when absent */
    public static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw ProblemException.badField(name, "must be one of " + allowed);
        }
    }

    /** @return true or false; absent is false */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badField(name, "must be true or false");
        };
    }
}
