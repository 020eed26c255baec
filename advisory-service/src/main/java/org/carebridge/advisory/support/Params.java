package org.carebridge.advisory.support;

import org.carebridge.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters of advisory-service parsed here (free text and UUIDs: the platform's QueryParams), so a bad value
 * answers 400 naming the parameter rather than JAX-RS's 404.
 */
public final class Params {

    private Params() {
    }

    /** null for an absent or blank parameter. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(parameter, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badField(parameter, "must be true or false");
        };
    }
}
