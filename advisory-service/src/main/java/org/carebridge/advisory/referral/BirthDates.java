package org.carebridge.advisory.referral;

import java.util.regex.Pattern;

/**
 * Removes full calendar dates (day, month and year) from the bridge's question as it comes in, in the written
 * forms of en/nl/nb/da: 2009-03-14, 14-03-2009, 14/03/2009, 14.03.2009, 14 March 2009, 14 maart 2009,
 * 14. mars 2009, 14. marts 2009, March 14, 2009. Belt and braces: the bridge scrubs the youth's own birth date,
 * but advisory-service cannot tell a birth date from another date and needs no exact date to give advice.
 */
public final class BirthDates {

    public static final String REMOVED = "[removed]";

    private static final String DAY = "(?:0?[1-9]|[12][0-9]|3[01])";
    private static final String MONTH = "(?:0?[1-9]|1[0-2])";
    private static final String YEAR = "(?:1[89][0-9]{2}|2[0-9]{3})";
    private static final String MONTH_NAME = "(?:jan(?:uar[iy]?)?|feb(?:ruar[iy]?)?|mar(?:ch|s|ts)?|maart|mrt"
            + "|apr(?:il)?|ma[iyj]|mei|jun[ie]?|jul[iy]?|aug(?:ust(?:us)?)?|sept?(?:ember)?"
            + "|o[ck]t(?:ober)?|nov(?:ember)?|de[cs](?:ember)?)\\.?";
    private static final Pattern DATES = Pattern.compile(String.join("|",
            "(?<![0-9])" + YEAR + "-" + MONTH + "-" + DAY + "(?![0-9])",
            "(?<![0-9.])" + DAY + "([-/.])" + MONTH + "\\1" + YEAR + "(?![0-9])",
            "(?<![0-9])" + DAY + "(?:st|nd|rd|th|e|ste)?\\.?\\s+" + MONTH_NAME + ",?\\s+" + YEAR + "(?![0-9])",
            "(?<![\\p{L}])" + MONTH_NAME + "\\s+" + DAY + "(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?![0-9])"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private BirthDates() {
    }

    public static String scrub(String text) {
        return text == null ? null : DATES.matcher(text).replaceAll(REMOVED);
    }

    /** As {@link #scrub(String)}, cut to what the column holds: "[removed]" may be longer than a short date. */
    public static String scrub(String text, int maxLength) {
        String scrubbed = scrub(text);
        if (scrubbed == null || scrubbed.length() <= maxLength) {
            return scrubbed;
        }
        int end = Character.isHighSurrogate(scrubbed.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return scrubbed.substring(0, end);
    }
}
