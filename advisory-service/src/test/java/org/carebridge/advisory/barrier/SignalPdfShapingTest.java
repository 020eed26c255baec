package org.carebridge.advisory.barrier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripts that need OpenType shaping print in the PDF: each glyph drawn is a real glyph of its embedded font (none
 * is .notdef, none stands for U+FFFD), in the font of its script, where the shaper put it.
 */
class SignalPdfShapingTest {

    /** Words in scripts PDFBox alone cannot print, and the font each must print in. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("हिन्दी में लिखा", "NotoSansDevanagari-Regular"),
            Map.entry("বাংলা ভাষা", "NotoSansBengali-Regular"),
            Map.entry("ਪੰਜਾਬੀ", "NotoSansGurmukhi-Regular"),
            Map.entry("ગુજરાતી", "NotoSansGujarati-Regular"),
            Map.entry("ଓଡ଼ିଆ", "NotoSansOriya-Regular"),
            Map.entry("தமிழ் மொழி", "NotoSansTamil-Regular"),
            Map.entry("తెలుగు", "NotoSansTelugu-Regular"),
            Map.entry("ಕನ್ನಡ", "NotoSansKannada-Regular"),
            Map.entry("മലയാളം", "NotoSansMalayalam-Regular"),
            Map.entry("සිංහල", "NotoSansSinhala-Regular"),
            Map.entry("ภาษาไทย", "NotoSansThai-Regular"),
            Map.entry("ພາສາລາວ", "DejaVuSans"), // DejaVu Sans has Lao
            Map.entry("ភាសាខ្មែរ", "NotoSansKhmer-Regular"),
            Map.entry("မြန်မာဘာသာ", "NotoSansMyanmar-Regular"),
            // Pashto and Urdu: letters DejaVu Sans lacks (ۍ, ے, ہ) send the whole word to Noto Naskh Arabic
            Map.entry("پښتۍ ژبه", "NotoNaskhArabic-Regular"),
            Map.entry("اردو زبان ہے", "NotoNaskhArabic-Regular"),
            // the living scripts of smaller communities: Syriac and Adlam join and run right to left
            Map.entry("ܠܫܢܐ ܣܘܪܝܝܐ", "NotoSansSyriac-Regular"),
            Map.entry("ދިވެހި", "NotoSansThaana-Regular"),
            Map.entry("\uD83A\uDD06\uD83A\uDD35\uD83A\uDD24\uD83A\uDD22\uD83A\uDD2A", "NotoSansAdlam-Regular"),
            Map.entry("ꕙꔤ", "NotoSansVai-Regular"),
            Map.entry("བོད་ཡིག", "NotoSerifTibetan-Regular"));

    /** A glyph as a PDF reader draws it: its font, its glyph in the embedded subset, what it reads as, where. */
    record Drawn(String font, int glyph, String unicode, float x, float y) {
    }

    @Test
    void everyScriptPrintsRealGlyphsInItsOwnFont() throws IOException {
        List<Drawn> drawn = drawn(SignalPdf.render(SignalPdfTest.report("Scripts", String.join("\n", WORDS.keySet())),
                SignalLabels.of("en")));
        for (Drawn glyph : drawn) {
            assertNotEquals(0, glyph.glyph(), ".notdef drawn: " + glyph);
            assertNotEquals("\uFFFD", glyph.unicode(), "a replacement character drawn: " + glyph);
        }
        Set<String> fonts = new TreeSet<>();
        drawn.forEach(glyph -> fonts.add(glyph.font()));
        assertTrue(fonts.containsAll(WORDS.values()), fonts.toString());
    }

    @Test
    void devanagariShortIStandsBeforeTheConsonantItFollowsInWriting() throws IOException {
        // हि is ह then the vowel sign ि as typed; on the page the sign stands left of ह
        List<Drawn> hindi = drawn(SignalPdf.render(SignalPdfTest.report("x", "हिन्दी में लिखा"), SignalLabels.of("en")))
                .stream().filter(glyph -> glyph.font().equals("NotoSansDevanagari-Regular"))
                .sorted(Comparator.comparingDouble(Drawn::x)).toList();
        assertFalse(hindi.isEmpty(), "no Devanagari glyph drawn");
        assertNotEquals("ह", hindi.get(0).unicode(), "ि not moved before its consonant: " + hindi);
        assertEquals("ह", hindi.get(1).unicode(), hindi.toString());
    }

    @Test
    void arabicPersianUrduAndPashtoLettersJoin() throws IOException {
        // what ArabicJoiningTest asked of the hand-written joiner, now of the shaper, glyphs in visual order
        // (right to left): lam-alef one ligature, isolated at the start of a word and final after seen; meem isolated
        // is the letter's own glyph
        assertTrue(printed("لا سلام").contains("\u0645\uFEFC\uFEB3 \uFEFB"), printed("لا سلام"));
        // a vowel mark sits on its letter and does not break the join: beh initial before alef final
        assertTrue(printed("بَا").matches("\uFE8E.*\uFE91.*"), printed("بَا"));
        // Persian peh initial and gaf final
        assertTrue(printed("پگ").contains("\uFB93\uFB58"), printed("پگ"));
        // Pashto's own letters have no presentation forms: joined, they print as glyphs the character map does not
        // name, so none of the word's letters prints in its isolated form (which reads back as the letter itself)
        String pashto = printed("پښتو");
        for (char letter : "پښت".toCharArray()) {
            assertFalse(pashto.indexOf(letter) >= 0, "isolated " + letter + " in " + pashto);
        }
        // Urdu: heh goal joins yeh barree, neither isolated
        String urdu = printed("ہے");
        assertFalse(urdu.contains("ہ") || urdu.contains("ے"), urdu);
    }

    /** What the glyphs drawn for {@code words} read as, left to right. */
    private static String printed(String words) throws IOException {
        List<Drawn> drawn = drawn(SignalPdf.render(SignalPdfTest.report("x", words), SignalLabels.of("en")));
        // the description's line: the fifth, after title, barrier, drafted and a blank line (marks sit a little higher)
        float line = drawn.get(0).y() - 4 * 14;
        StringBuilder printed = new StringBuilder();
        drawn.stream().filter(glyph -> Math.abs(glyph.y() - line) < 5).sorted(Comparator.comparingDouble(Drawn::x))
                .forEach(glyph -> printed.append(glyph.unicode() == null ? "?" : glyph.unicode()));
        return printed.toString();
    }

    /** Every glyph the PDF draws, in the order drawn. */
    static List<Drawn> drawn(byte[] pdf) throws IOException {
        List<Drawn> drawn = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix at, PDFont font, int code, Vector displacement) throws IOException {
                    drawn.add(new Drawn(font.getName().substring(7), ((PDType0Font) font).codeToGID(code),
                            font.toUnicode(code), at.getTranslateX(), at.getTranslateY()));
                    super.showGlyph(at, font, code, displacement);
                }
            }.getText(document);
        }
        return drawn;
    }
}
