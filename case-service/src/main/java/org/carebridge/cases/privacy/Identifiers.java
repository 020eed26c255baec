package org.carebridge.cases.privacy;

import org.carebridge.platform.problem.ProblemException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The youth's own identifiers (given name, family name, birth date) as they may be typed into free text, so that
 * text leaving case-service can be refused when it names the youth. Names match as whole words, case- and
 * accent-insensitively (NFKD without marks, ø/æ/ß and the like folded); the birth date in the written forms of
 * en/nl/nb/da: 2009-03-14, 14-03-2009, 14/03/2009, 14.3.2009, 3/14/2009, 14 March 2009, March 14, 2009,
 * 14 maart 2009, 14. mars 2009, 14. marts 2009, with abbreviated months. A date without its year is not refused:
 * "14 March" is as likely an appointment as a birthday.
 */
public final class Identifiers {

    /** Name particles that identify nobody on their own ("van" of "van der Berg"). */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "het", "ten", "ter", "von", "zu",
            "la", "le", "les", "du", "des", "da", "di", "del", "dos", "al", "el", "bin", "ibn", "bint", "abu", "af",
            "og", "and");

    /** Month names and abbreviations of en, nl, nb and da, index 0 = January; longer forms first. */
    private static final String[][] MONTHS = {
            {"january", "januari", "januar", "jan"},
            {"february", "februari", "februar", "febr", "feb"},
            {"march", "maart", "marts", "mars", "mrt", "mar"},
            {"april", "apr"},
            {"may", "mei", "mai", "maj"},
            {"june", "juni", "jun"},
            {"july", "juli", "jul"},
            {"august", "augustus", "aug"},
            {"september", "sept", "sep"},
            {"october", "oktober", "oct", "okt"},
            {"november", "nov"},
            {"december", "desember", "dec", "des"}};

    private final List<Pattern> names;
    private final List<Pattern> dates;

    private Identifiers(List<Pattern> names, List<Pattern> dates) {
        this.names = names;
        this.dates = dates;
    }

    /** The identifiers of one youth; null parts (e.g. after erasure) are simply not looked for. */
    public static Identifiers of(String givenName, String familyName, LocalDate dateOfBirth) {
        List<Pattern> names = new ArrayList<>();
        addName(names, givenName);
        addName(names, familyName);
        return new Identifiers(names, dateOfBirth == null ? List.of() : datePatterns(dateOfBirth));
    }

    /** The identifiers of the youth (of a case), as they stand now. */
    public static Identifiers of(IdentifiedYouth youth) {
        return of(youth.youthGivenName(), youth.youthFamilyName(), youth.youthDateOfBirth());
    }

    /** @return what of the youth the text names ("name" or "birth date"), or null when it names neither */
    public String foundIn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = fold(text);
        if (names.stream().anyMatch(p -> p.matcher(folded).find())) {
            return "name";
        }
        return dates.stream().anyMatch(p -> p.matcher(folded).find()) ? "birth date" : null;
    }

    /** Refuses the text with a 400 naming {@code field} when it names the youth; text leaving the service. */
    public void refuseIn(String field, String text) {
        String found = foundIn(text);
        if (found != null) {
            throw ProblemException.badField(field, "must not contain the youth's name or birth date (it contains"
                    + " their " + found + "): this text leaves case-service; describe the situation without them");
        }
    }

    /**
     * Lowercase, accents stripped (NFKD minus marks: NFD, plus full-width and other compatibility forms), and the
     * letters decomposition keeps whole folded to their base letters.
     */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char ch : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (ch) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** The whole name as a phrase, and each of its parts that identifies on its own (two letters or more). */
    private static void addName(List<Pattern> patterns, String name) {
        if (name == null) {
            return;
        }
        String folded = fold(name).strip();
        String[] parts = folded.split("[^\\p{L}\\p{N}]+");
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        if (String.join("", words).length() < 2) {
            return; // a one-letter "name" would refuse every text with that letter standing alone
        }
        patterns.add(word(String.join("[^\\p{L}\\p{N}]+", words.stream().map(Pattern::quote).toList())));
        for (String w : words) {
            if (w.length() >= 2 && (words.size() == 1 || !PARTICLES.contains(w))) {
                patterns.add(word(Pattern.quote(w)));
            }
        }
    }

    private static Pattern word(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])");
    }

    private static List<Pattern> datePatterns(LocalDate d) {
        String day = "0?" + d.getDayOfMonth();
        String month = "0?" + d.getMonthValue();
        String year = String.valueOf(d.getYear());
        String anyYear = "(?:" + year + "|'?" + year.substring(2) + ")";
        String sep = "\\s*[-/.]\\s*";
        String names = "(?:" + String.join("|", MONTHS[d.getMonthValue() - 1]) + ")(?!\\p{L})\\.?";
        String ordinal = "(?:st|nd|rd|th|e|ste|de)?\\.?";
        List<String> regexes = List.of(
                "(?<!\\d)" + year + sep + month + sep + day + "(?!\\d)",                    // 2009-03-14
                "(?<!\\d)" + day + sep + month + sep + anyYear + "(?!\\d)",                 // 14.03.2009
                "(?<!\\d)" + month + sep + day + sep + anyYear + "(?!\\d)",                 // 3/14/2009
                "(?<!\\d)" + day + ordinal + "\\s*(?:of\\s+)?" + names + ",?\\s*" + anyYear + "(?!\\d)", // 14. mars 2009
                "(?<!\\p{L})" + names + "\\s*" + day + ordinal + ",?\\s*" + anyYear + "(?!\\d)");  // March 14, 2009
        return regexes.stream().map(Pattern::compile).toList();
    }
}
