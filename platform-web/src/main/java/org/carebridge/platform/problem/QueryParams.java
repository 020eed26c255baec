package org.carebridge.platform.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Query parameters parsed by hand rather than bound as UUIDs, enums or booleans, so that a bad value answers 400
 * naming the parameter (and what it may be) rather than the bare 404 JAX-RS gives an unconvertible parameter.
 */
public final class QueryParams {

    // UUID.fromString also takes "1-2-3-4-5": only the canonical form is an id here
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private QueryParams() {
    }

    /** null for an absent or blank parameter. */
    public static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!UUID_TEXT.matcher(value.strip()).matches()) {
            throw ProblemException.badField(parameter, "must be a UUID");
        }
        return UUID.fromString(value.strip());
    }

    /** null for an absent or blank parameter, else the value stripped of surrounding blanks. */
    public static String text(String parameter, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.badField(parameter, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    /** The enum constant, ignoring case; null for an absent or blank parameter. */
    public static <E extends Enum<E>> E enumOf(String parameter, String value, Class<E> type) {
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

    /** true or false, ignoring case; null for an absent or blank parameter. */
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

    /** A filter that is on only when asked for: absent is false. */
    public static boolean flag(String parameter, String value) {
        return Boolean.TRUE.equals(bool(parameter, value));
    }
}
