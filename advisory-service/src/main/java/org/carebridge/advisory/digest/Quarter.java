package org.carebridge.advisory.digest;

import org.carebridge.platform.problem.ProblemException;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the only period statistics are answered for. Quarters never overlap, so no two answers
 * differ by a few months whose small cells the difference would reveal (see {@link Suppression}).
 */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    /** Parses {@code YYYY-Qn} (n 1 to 4, year 1900 to 9999); anything else is a 400 naming the parameter. */
    public static Quarter parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badField(parameter, "is required, as a calendar quarter YYYY-Qn, e.g. 2026-Q4");
        }
        Matcher m = FORMAT.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw ProblemException.badField(parameter, "must be a calendar quarter as YYYY-Qn, n from 1 to 4");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900) {
            throw ProblemException.badField(parameter, "must be a quarter between 1900-Q1 and 9999-Q4");
        }
        return new Quarter(year, Integer.parseInt(m.group(2)));
    }

    public YearMonth first() {
        return YearMonth.of(year, 3 * number - 2);
    }

    public YearMonth last() {
        return first().plusMonths(2);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
