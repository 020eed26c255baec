package org.carebridge.platform.paging;

import org.carebridge.platform.problem.ProblemException;

/**
 * Validated {@code page} and {@code size} query parameters. Parsed here rather than bound as ints so that
 * {@code ?page=abc} gets the same 400 naming the parameter as {@code ?page=-1}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        int p = parse("page", page, 0);
        int s = parse("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ProblemException.badField("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badField("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            // the row offset (page times size) is an int for Hibernate and SQL: past it, a 500 would follow
            throw ProblemException.badField("page", "must be at most " + Integer.MAX_VALUE / s + " for size " + s);
        }
        return new PageRequest(p, s);
    }

    private static int parse(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "must be a whole number");
        }
    }
}
