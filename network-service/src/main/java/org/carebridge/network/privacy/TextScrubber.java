package org.carebridge.network.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes out of a free text that leaves network-service what could identify the case: dates written as a birth date
 * is written in English, Dutch, Norwegian (bokmål) or Danish, and the identifiers network-service knows of the case
 * (its id and pseudonym, the usernames of its team). Each becomes "[removed]"; the caller tells the writer which
 * kinds went. network-service knows no name of the youth: case-service scrubs those before the text gets here.
 */
public final class TextScrubber {

    public static final String REMOVED = "[removed]";
    public static final String DATE = "date";
    public static final String CASE_ID = "case id";
    public static final String USERNAME = "username";

    /** The scrubbed text and the kinds removed from it (sorted, empty when nothing was). */
    public record Scrubbed(String text, List<String> removed) {
        public boolean scrubbed() {
            return !removed.isEmpty();
        }
    }

    /** What network-service knows of a case that identifies it. */
    public record Known(Collection<String> identifiers, Collection<String> usernames) {
    }

    private static final String MONTH = "(?:" + Stream.of(
                    // en
                    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december",
                    // nl
                    "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober",
                    // nb
                    "januar", "februar", "mars", "mai", "desember",
                    // da
                    "marts", "maj",
                    // abbreviations of all four
                    "jan", "feb", "mar", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov", "dec",
                    "des")
            .distinct().sorted(Comparator.comparing(String::length).reversed()).collect(Collectors.joining("|"))
            + ")(?!\\p{L})\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th|e|ste|de)?\\.?";
    private static final String YEAR = "(?:\\d{4}|'\\d{2})";
    private static final Pattern DATES = Pattern.compile(String.join("|",
            // 2009-03-14, 2009/03/14
            "(?<!\\d)\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)",
            // 14-03-2009, 14/03/2009, 14.03.2009, 3/14/2009, 14.03.09
            "(?<!\\d)\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?!\\d)",
            // 14 March 2009, 14 maart 2009, 14. mars 2009, 14. marts 2009, 14 Mar. 2009, 14th of March, 2009
            "(?<!\\d)" + DAY + "\\s*(?:of\\s+)?" + MONTH + ",?\\s*" + YEAR + "(?!\\d)",
            // March 14, 2009, Mar 14th 2009
            "(?<!\\p{L})" + MONTH + "\\s*" + DAY + ",?\\s*" + YEAR + "(?!\\d)"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A username is a whole word: "anna" goes, "annabel" stays. */
    private static final String WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}_])";
    private static final int SHORTEST_USERNAME = 3; // shorter ones would cut letters out of ordinary words

    private TextScrubber() {
    }

    public static Scrubbed scrub(String text, Known known) {
        if (text == null) {
            return new Scrubbed(null, List.of());
        }
        Set<String> removed = new TreeSet<>();
        String result = text;
        for (String identifier : known.identifiers()) {
            result = replace(result, Pattern.compile(Pattern.quote(identifier), Pattern.CASE_INSENSITIVE), CASE_ID,
                    removed);
        }
        result = replace(result, DATES, DATE, removed);
        List<String> usernames = new ArrayList<>(known.usernames().stream()
                .filter(u -> u != null && u.length() >= SHORTEST_USERNAME).map(u -> u.toLowerCase(Locale.ROOT))
                .distinct().toList());
        usernames.sort(Comparator.comparing(String::length).reversed()); // "anna.b" before "anna"
        for (String username : usernames) {
            result = replace(result, Pattern.compile(WORD_EDGE_BEFORE + Pattern.quote(username) + WORD_EDGE_AFTER,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), USERNAME, removed);
        }
        return new Scrubbed(result, List.copyOf(removed));
    }

    private static String replace(String text, Pattern pattern, String kind, Set<String> removed) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        removed.add(kind);
        return m.replaceAll(Matcher.quoteReplacement(REMOVED));
    }
}
