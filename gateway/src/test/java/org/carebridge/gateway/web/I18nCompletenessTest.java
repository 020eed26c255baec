package org.carebridge.gateway.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build fails when the web client lacks a text: every key of every language is in every other (t() would show
 * English, or the bare key, in its place), with the same {placeholders}; every key the pages ask for by name exists;
 * every timeline kind of case-service and every step of the ladder has its text. Plain JUnit, no Node.
 */
class I18nCompletenessTest {

    private static final Path ASSETS = Path.of("src/main/resources/META-INF/resources/assets");
    /** case-service's vocabulary of timeline lines, read from its source: the gateway does not depend on it. */
    private static final Path TIMELINE_KINDS =
            Path.of("../case-service/src/main/java/org/carebridge/cases/timeline/TimelineKind.java");
    /** Where case-service names the parameters of its timeline lines. */
    private static final List<Path> PARAMETER_NAMES = List.of(
            Path.of("../case-service/src/main/java/org/carebridge/cases/timeline/TimelineParams.java"));
    /** The steps of network.escalation-step.v1 and advisory.referral-step.v1 (issue 18 contracts). */
    private static final List<String> STEPS = List.of("CLAIMED", "DUE_DATE_SET", "NOTE_ADDED",
            "CONSULTATION_CONVENED", "CONSULTATION_OUTCOME", "REFERRED", "RENOTIFIED", "CLIMBED", "REASSIGNED",
            "OWNER_SET", "TAKEN_UP", "DECISION", "REMINDED", "CLOSED");
    /** A key asked for literally: t('key'...), label-free. Keys built at run time (t(`x.${y}`)) are not matched. */
    private static final Pattern ASKED = Pattern.compile("\\bt\\('([\\w.-]+)'");

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        List<Dictionaries.Dictionary> dictionaries = Dictionaries.read(source());
        assertEquals(List.of("en", "nl", "nb", "da"),
                dictionaries.stream().map(Dictionaries.Dictionary::language).toList());
        List<String> problems = problems(dictionaries);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyKeyThePagesAskForByNameExists() throws IOException {
        Map<String, String> en = Dictionaries.read(source()).get(0).texts();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ASSETS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                Matcher asked = ASKED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (asked.find()) {
                    if (!en.containsKey(asked.group(1))) {
                        missing.add(ASSETS.relativize(file) + ": " + asked.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not in en: " + missing);
    }

    @Test
    void everyTimelineKindAndEveryStepOfTheLadderHasItsText() throws IOException {
        Map<String, String> en = Dictionaries.read(source()).get(0).texts();
        String kinds = Files.readString(TIMELINE_KINDS, StandardCharsets.UTF_8);
        String body = kinds.substring(kinds.indexOf('{', kinds.indexOf("enum TimelineKind")) + 1, kinds.lastIndexOf('}'));
        List<String> names = Arrays.stream(body.replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", "").split("[,;\\s]+"))
                .filter(s -> s.matches("[A-Z][A-Z0-9_]*")).toList();
        assertTrue(names.contains("CASE_CREATED") && names.contains("ALERT_RAISED"), names.toString());
        List<String> missing = new ArrayList<>();
        for (String kind : names) {
            for (String key : List.of("tl." + kind, "timeline." + kind)) {
                if (!en.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        STEPS.stream().map(step -> "timeline.step." + step).filter(key -> !en.containsKey(key)).forEach(missing::add);
        assertTrue(missing.isEmpty(), "no text for " + missing);
    }

    /**
     * A placeholder the server never fills leaves the line in English (the client falls back to the summary), so
     * every {name} of a timeline text must be a parameter case-service writes: a string in TimelineParams,
     * where case-service names them once.
     */
    @Test
    void everyPlaceholderOfATimelineTextIsAParameterCaseServiceWrites() throws IOException {
        Set<String> written = new TreeSet<>();
        for (Path names : PARAMETER_NAMES) {
            Matcher literal = Pattern.compile("\"(\\w+)\"").matcher(Files.readString(names, StandardCharsets.UTF_8));
            while (literal.find()) {
                written.add(literal.group(1));
            }
        }
        assertTrue(written.containsAll(List.of("member", "tier", "step", "reason", "to")), written.toString());
        List<String> unfilled = new ArrayList<>();
        Dictionaries.read(source()).get(0).texts().forEach((key, text) -> {
            if (key.startsWith("timeline.")) {
                Dictionaries.placeholders(text).stream().filter(p -> !written.contains(p))
                        .forEach(p -> unfilled.add(key + ": {" + p + "}"));
            }
        });
        assertTrue(unfilled.isEmpty(), "placeholders case-service never fills: " + unfilled);
    }

    @Test
    void aMissingKeyAWrongPlaceholderOrAKeyWrittenTwiceIsFound() {
        String js = """
                const en = { 'a': 'A {n}', 'b': "B's" , 'c': 'C' };
                const nl = {
                  // a comment
                  'a': 'A {m}', 'c': 'C', 'c': 'C2',
                };
                const MESSAGES = { en, nl };
                """;
        List<String> problems = problems(Dictionaries.read(js));
        assertEquals(List.of("nl lacks b", "nl: c written 2 times", "nl: a has placeholders [m], en has [n]"),
                problems);
        assertThrows(IllegalStateException.class, () -> Dictionaries.read(
                "const en = { 'a': `A` };\nconst MESSAGES = { en };"));
        assertThrows(IllegalStateException.class, () -> Dictionaries.read("const en = { 'a': 'A' };"));
    }

    /** Each language against English: keys missing or extra, written twice, or with other placeholders. */
    private static List<String> problems(List<Dictionaries.Dictionary> dictionaries) {
        Dictionaries.Dictionary en = dictionaries.get(0);
        List<String> problems = new ArrayList<>();
        for (Dictionaries.Dictionary d : dictionaries) {
            if (d != en) {
                en.texts().keySet().stream().filter(k -> !d.texts().containsKey(k))
                        .forEach(k -> problems.add(d.language() + " lacks " + k));
                d.texts().keySet().stream().filter(k -> !en.texts().containsKey(k))
                        .forEach(k -> problems.add(d.language() + " has " + k + ", en has not"));
            }
            new TreeSet<>(d.duplicates()).forEach(k -> problems.add(d.language() + ": " + k + " written "
                    + d.keys().stream().filter(k::equals).count() + " times"));
            if (d != en) {
                d.texts().forEach((k, text) -> {
                    String english = en.texts().get(k);
                    if (english != null && !Dictionaries.placeholders(english).equals(Dictionaries.placeholders(text))) {
                        problems.add(d.language() + ": " + k + " has placeholders " + Dictionaries.placeholders(text)
                                + ", en has " + Dictionaries.placeholders(english));
                    }
                });
            }
        }
        return problems;
    }

    private static String source() throws IOException {
        return Files.readString(ASSETS.resolve("i18n.js"), StandardCharsets.UTF_8);
    }
}
