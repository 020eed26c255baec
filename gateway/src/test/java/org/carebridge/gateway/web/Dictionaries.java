package org.carebridge.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web client's dictionaries as i18n.js writes them ({@code const en = { 'key': 'text', ... };}), read by a small
 * scanner of string literals rather than a JavaScript engine, so the build needs no Node. Anything in a dictionary
 * that is not a quoted key, a colon and a quoted text stops the reading with the place it failed, so a dictionary
 * written another way is noticed instead of half read.
 */
final class Dictionaries {

    private static final Pattern LANGUAGES = Pattern.compile("const MESSAGES = \\{([^}]*)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** A dictionary's keys in file order (a key written twice appears twice) and its texts. */
    record Dictionary(String language, List<String> keys, Map<String, String> texts) {

        List<String> duplicates() {
            Set<String> seen = new TreeSet<>();
            return keys.stream().filter(k -> !seen.add(k)).toList();
        }
    }

    private Dictionaries() {
    }

    /** The dictionaries MESSAGES lists, in its order (English first). */
    static List<Dictionary> read(String source) {
        Matcher languages = LANGUAGES.matcher(source);
        if (!languages.find()) {
            throw new IllegalStateException("i18n.js has no const MESSAGES = { ... }");
        }
        List<Dictionary> out = new ArrayList<>();
        for (String language : languages.group(1).split(",")) {
            out.add(dictionary(source, language.strip()));
        }
        return out;
    }

    /** The {name} placeholders of a text. */
    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Dictionary dictionary(String source, String language) {
        String start = "const " + language + " = {";
        int from = source.indexOf(start);
        if (from < 0) {
            throw new IllegalStateException("i18n.js has no " + start);
        }
        List<String> keys = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Scanner s = new Scanner(source, from + start.length(), language);
        while (true) {
            s.skipBlank();
            if (s.next('}')) {
                return new Dictionary(language, keys, texts);
            }
            String key = s.string();
            s.skipBlank();
            s.expect(':');
            s.skipBlank();
            texts.put(key, s.string());
            keys.add(key);
            s.skipBlank();
            if (!s.next(',')) {
                s.skipBlank();
                s.expect('}');
                return new Dictionary(language, keys, texts);
            }
        }
    }

    /** Walks one dictionary literal: blanks, line comments, and '...' or "..." strings with backslash escapes. */
    private static final class Scanner {
        private final String text;
        private final String language;
        private int at;

        Scanner(String text, int at, String language) {
            this.text = text;
            this.at = at;
            this.language = language;
        }

        void skipBlank() {
            while (at < text.length()) {
                if (Character.isWhitespace(text.charAt(at))) {
                    at++;
                } else if (text.startsWith("//", at)) {
                    int end = text.indexOf('\n', at);
                    at = end < 0 ? text.length() : end;
                } else {
                    return;
                }
            }
        }

        boolean next(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!next(c)) {
                throw failure("expected '" + c + "'");
            }
        }

        String string() {
            if (at >= text.length() || (text.charAt(at) != '\'' && text.charAt(at) != '"')) {
                throw failure("expected a quoted string");
            }
            char quote = text.charAt(at++);
            StringBuilder out = new StringBuilder();
            while (at < text.length() && text.charAt(at) != quote) {
                char c = text.charAt(at++);
                if (c == '\n') {
                    throw failure("a string runs past the end of its line");
                }
                out.append(c == '\\' && at < text.length() ? text.charAt(at++) : c);
            }
            expect(quote);
            return out.toString();
        }

        private IllegalStateException failure(String what) {
            int line = (int) text.substring(0, Math.min(at, text.length())).chars().filter(c -> c == '\n').count() + 1;
            return new IllegalStateException("i18n.js line " + line + " (dictionary " + language + "): " + what);
        }
    }
}
