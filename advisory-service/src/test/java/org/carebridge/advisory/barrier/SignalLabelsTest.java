package org.carebridge.advisory.barrier;

import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every language has every label of the PDF, with the same placeholders; and which language a request gets. */
class SignalLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "nb", "da"})
    void everyLabelInEveryLanguage(String language) throws IOException {
        Properties english = bundle("");
        Properties other = bundle("_" + language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                "labels of " + language + " against English");
        for (String key : english.stringPropertyNames()) {
            assertFalse(other.getProperty(key).isBlank(), key + " in " + language);
            assertEquals(placeholders(english.getProperty(key)), placeholders(other.getProperty(key)),
                    "placeholders of " + key + " in " + language);
        }
    }

    @ParameterizedTest(name = "lang={0}, Accept-Language={1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "-, -, en",
            "da, nl, da",
            "NL, -, nl",
            "nl-BE, -, nl",
            "nb_NO, -, nb",
            "no, -, nb",
            "-, 'fr-FR,da;q=0.8,en;q=0.5', da",
            "-, 'en;q=0.1,nb;q=0.9', nb",
            "-, nl-NL, nl",
            "-, 'fr, de', en",
            "-, *, en",
            "-, '%%%;q=x', en",
            "' ', nl, nl"})
    void theLanguageOfARequest(String lang, String acceptLanguage, String expected) {
        assertEquals(expected, SignalLabels.forRequest(lang, acceptLanguage).locale().getLanguage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "english", "x!!", "nl;q=1"})
    void anUnknownLangIsRefusedByName(String lang) {
        ProblemException refused = assertThrows(ProblemException.class, () -> SignalLabels.forRequest(lang, "nl"));
        assertEquals(400, refused.toProblem().status());
        assertEquals("lang", refused.toProblem().errors().get(0).field());
    }

    @Test
    void datesAndMonthsReadAsTheLanguageWritesThem() {
        OffsetDateTime at = OffsetDateTime.parse("2031-05-15T12:00:00Z");
        assertEquals("15 mei 2031", SignalLabels.of("nl").date(at));
        assertEquals("15. maj 2031", SignalLabels.of("da").date(at));
        assertEquals("May 15, 2031", SignalLabels.of("en").date(at));
        assertEquals("mai 2031", SignalLabels.of("nb").month(YearMonth.of(2031, 5)));
        assertEquals("Numbers below 5 are suppressed and shown as '<5'.", SignalLabels.of("en").text("suppression", 5));
    }

    private static Properties bundle(String suffix) throws IOException {
        String name = "/" + SignalLabels.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = SignalLabels.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static TreeSet<String> placeholders(String label) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(label);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
