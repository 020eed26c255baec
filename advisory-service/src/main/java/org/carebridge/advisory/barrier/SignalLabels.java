package org.carebridge.advisory.barrier;

import org.carebridge.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The words of the policy-signal PDF in the languages the web client speaks (en, nl, nb, da), kept in
 * SignalLabels*.properties beside this class. Ids, categories and counts stay as they are (as in our mails).
 */
final class SignalLabels {

    static final List<String> LANGUAGES = List.of("en", "nl", "nb", "da");
    static final String BUNDLE = "org.carebridge.advisory.barrier.SignalLabels";

    private final Locale locale;
    private final ResourceBundle bundle;

    private SignalLabels(String language) {
        this.locale = Locale.forLanguageTag(language);
        // no fallback to the JVM's default locale: a language we lack reads English, the base bundle
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static SignalLabels of(String language) {
        return new SignalLabels(language);
    }

    /**
     * The language asked for: the {@code lang} query parameter (what the web client passes: its language may be one the
     * user picked, not the browser's), else the best of Accept-Language, else English. An unknown {@code lang} is a 400.
     */
    static SignalLabels forRequest(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String language = supported(List.of(new Locale.LanguageRange(range(lang))));
            if (language == null) {
                throw ProblemException.badField("lang", "must be one of " + String.join(", ", LANGUAGES));
            }
            return of(language);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String language = supported(Locale.LanguageRange.parse(acceptLanguage));
                return of(language == null ? "en" : language);
            } catch (IllegalArgumentException malformed) {
                return of("en"); // a header we cannot read is no reason to refuse the export
            }
        }
        return of("en");
    }

    private static String range(String lang) {
        // a language, optionally a region (nl, nl-BE, nb_NO): anything longer is no language a reader picked
        if (!LANGUAGE_TAG.matcher(lang.strip()).matches()) {
            throw ProblemException.badField("lang", "must be one of " + String.join(", ", LANGUAGES));
        }
        try {
            return new Locale.LanguageRange(lang.strip().replace('_', '-')).getRange();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("lang", "must be one of " + String.join(", ", LANGUAGES));
        }
    }

    /** en, nl, nb or da for the ranges (nl-BE reads nl; Norwegian "no" reads bokmål), or null. */
    static final String LANGUAGE_PATTERN = "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$";
    private static final Pattern LANGUAGE_TAG = Pattern.compile(LANGUAGE_PATTERN);

    private static String supported(List<Locale.LanguageRange> ranges) {
        String tag = Locale.lookupTag(ranges, List.of("en", "nl", "nb", "da", "no"));
        return tag == null ? null : tag.equals("no") ? "nb" : tag;
    }

    Locale locale() {
        return locale;
    }

    /** The label with {0}, {1}... filled in (no MessageFormat: its quoting rules trip over the apostrophes). */
    String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    String date(OffsetDateTime at) {
        return at.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }
}
