package org.carebridge.platform.problem;

import java.util.UUID;
import java.util.regex.Pattern;

/** Query parameters parsed by hand, so that a bad value answers 400 naming the parameter rather than a bare 404. */
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
}
