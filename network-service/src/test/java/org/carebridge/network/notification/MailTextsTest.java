package org.carebridge.network.notification;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of every email kind in every language the web client speaks: a kind without its texts, or a language
 * file missing a text (Qute would quietly fall back to English), fails here. The rendering itself is proven through
 * the real path (MailLanguageTest).
 */
class MailTextsTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyKindHasASubjectAndABodyText() {
        Set<String> texts = englishTexts().keySet();
        for (BridgeNotification.Kind kind : BridgeNotification.Kind.values()) {
            String key = camel(kind.name());
            assertTrue(texts.contains(key), "no subject for " + kind + " (MailMessages." + key + ")");
            assertTrue(texts.contains(key + "Body"), "no body text for " + kind + " (MailMessages." + key + "Body)");
        }
    }

    @Test
    void everyLanguageHasEveryTextWithTheSameParameters() throws IOException {
        Map<String, String> english = englishTexts();
        for (String language : MailTexts.LANGUAGES) {
            if (MailTexts.ENGLISH.equals(language)) {
                continue;
            }
            Properties texts = localized(language);
            assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(texts.stringPropertyNames()),
                    "the texts of mail_" + language + ".properties");
            for (String key : english.keySet()) {
                String text = texts.getProperty(key);
                assertTrue(!text.isBlank(), key + " in " + language);
                assertEquals(parameters(english.get(key)), parameters(text), key + " in " + language);
            }
        }
    }

    @Test
    void theRecipientsLocalePicksTheLanguage() {
        assertEquals("nl", MailTexts.language("nl-BE"));
        assertEquals("nl", MailTexts.language("nl"));
        assertEquals("nb", MailTexts.language("nb_NO"));
        assertEquals("nb", MailTexts.language("no"));
        assertEquals("da", MailTexts.language("da"));
        assertEquals("en", MailTexts.language("de"));
        assertEquals("en", MailTexts.language(null));
        assertEquals("en", MailTexts.language(" "));
    }

    /** method name (the key) to English text, from the bundle interface */
    private static Map<String, String> englishTexts() {
        return Arrays.stream(MailMessages.class.getDeclaredMethods())
                .collect(Collectors.toMap(Method::getName, m -> m.getAnnotation(Message.class).value()));
    }

    private static Properties localized(String language) throws IOException {
        String file = "/messages/mail_" + language + ".properties";
        try (InputStream in = MailTextsTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8)); // Qute reads them as UTF-8
            return texts;
        }
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** NEW_ESCALATION: newEscalation */
    private static String camel(String constant) {
        String[] words = constant.toLowerCase().split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
