package org.carebridge.advisory.barrier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the JDK cannot shape (no libfreetype in the container), the PDF still exports and prints every letter a font
 * has: each character's own glyph, unjoined and in typed order. Shaping is switched off here, as this JVM can shape.
 */
class SignalPdfUnshapedTest {

    private static final String WORDS = String.join("\n", SignalPdfShapingTest.WORDS.keySet()) + "\n"
            + String.join("\n", SignalPdfTest.SCRIPTS);

    @BeforeEach
    void withoutShaping() {
        JdkShaping.off = true;
    }

    @AfterEach
    void shapingAgain() {
        JdkShaping.off = false;
    }

    @Test
    void everyCharacterPrintsItsOwnGlyphInItsOwnFont() throws IOException {
        List<SignalPdfShapingTest.Drawn> drawn = SignalPdfShapingTest.drawn(
                SignalPdf.render(SignalPdfTest.report("Scripts", WORDS), SignalLabels.of("en")));
        for (SignalPdfShapingTest.Drawn glyph : drawn) {
            assertNotEquals(0, glyph.glyph(), ".notdef drawn: " + glyph);
            assertNotEquals("\uFFFD", glyph.unicode(), "a replacement character drawn: " + glyph);
        }
        Set<String> printed = drawn.stream().map(SignalPdfShapingTest.Drawn::unicode).collect(Collectors.toSet());
        WORDS.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c ->
                assertTrue(printed.contains(Character.toString(c)), Character.toString(c) + " not drawn"));
        Set<String> fonts = new TreeSet<>();
        drawn.forEach(glyph -> fonts.add(glyph.font()));
        assertTrue(fonts.containsAll(SignalPdfShapingTest.WORDS.values()), fonts.toString());
    }

    @Test
    void lettersStandAsTypedAndReadBack() throws IOException {
        byte[] pdf = SignalPdf.render(SignalPdfTest.report("x", "हिन्दी में लिखा"), SignalLabels.of("en"));
        // unshaped, the short i stands after its consonant, as typed (shaped, it stands before)
        List<SignalPdfShapingTest.Drawn> hindi = SignalPdfShapingTest.drawn(pdf).stream()
                .filter(glyph -> glyph.font().equals("NotoSansDevanagari-Regular"))
                .sorted(Comparator.comparingDouble(SignalPdfShapingTest.Drawn::x)).toList();
        assertEquals("ह", hindi.get(0).unicode(), hindi.toString());
        assertEquals("ि", hindi.get(1).unicode(), hindi.toString());
        String text = SignalPdfTest.text(SignalPdf.render(SignalPdfTest.report("x", WORDS), SignalLabels.of("en")));
        for (String words : WORDS.split("\n")) {
            // Adlam, right to left beyond 16 bits: PDFBox's text extraction splits its first surrogate pair however it
            // is drawn (an /ActualText span too); the glyphs themselves are checked above
            if (words.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
                assertTrue(text.contains(words), words + " in\n" + text);
            }
        }
    }

    @Test
    void theJvmsOwnTroubleIsNoSignOfAMissingFontLibrary() {
        assertThrows(OutOfMemoryError.class, () -> JdkShaping.failed(new OutOfMemoryError()));
        assertFalse(JdkShaping.works(), "switched off in this test");
    }
}
