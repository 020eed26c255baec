package org.carebridge.advisory.web;

import org.carebridge.platform.problem.ProblemException;

/**
 * Page and size as the client sent them, checked here rather than by JAX-RS conversion, which would answer a
 * non-number with 404 instead of a 400 naming the parameter.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static Paging parse(String page, String size) {
        int p = number("page", page, 0);
        int s = number("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ProblemException.badField("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badField("size", "must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    private static int number(String field, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(field, "must be a whole number");
        }
    }
}
