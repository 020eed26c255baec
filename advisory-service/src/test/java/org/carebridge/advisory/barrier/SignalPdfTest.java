package org.carebridge.advisory.barrier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.carebridge.advisory.digest.DigestView;
import org.carebridge.advisory.vocabulary.Barrier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF itself, without the stack: every script users type prints and reads back, in subset fonts. */
class SignalPdfTest {

    static final List<String> SCRIPTS = List.of("Ærø og Ørsted", "Житло для молоді", "Στέγαση νέων", "السكن للشباب",
            "ትግርኛ", "青少年住房", "住宅の問題", "청소년 주거");

    @Test
    void everyScriptPrintsAndReadsBack() throws IOException {
        byte[] pdf = SignalPdf.render(report("Ærø og Ørsted: 青少年住房", String.join("\n", SCRIPTS)), SignalLabels.of("en"));
        String text = text(pdf);
        for (String words : SCRIPTS) {
            assertTrue(text.contains(words), words + " in\n" + text);
        }
        assertTrue(text.contains("Policy signal: Ærø og Ørsted: 青少年住房"), text);
        assertFalse(text.contains("?"), text);
        // DejaVu Sans, Noto Sans Ethiopic and Droid Sans Fallback, each a subset of the glyphs used
        assertEquals(Set.of("DejaVuSans", "NotoSansEthiopic-Regular", "DroidSansFallback"), fonts(pdf));
        assertTrue(pdf.length < 150_000, "subset fonts keep the PDF small, not " + pdf.length + " bytes");
    }

    @Test
    void aLatinSignalEmbedsOneSmallFont() throws IOException {
        byte[] pdf = SignalPdf.render(report("Housing", "Nothing but Latin here."), SignalLabels.of("en"));
        assertEquals(Set.of("DejaVuSans"), fonts(pdf));
        assertTrue(pdf.length < 40_000, pdf.length + " bytes");
    }

    @Test
    void whatNoFontHasPrintsAsAReplacementCharacter() throws IOException {
        // Yi and a private-use character are in none of the fonts; a tab and a bell are controls
        String text = text(SignalPdf.render(report("ꆈ\uE000 title", "tab\there, bell\u0007 there"), SignalLabels.of("en")));
        assertTrue(text.contains("Policy signal: \uFFFD\uFFFD title"), text);
        assertTrue(text.contains("tab here, bell  there"), text);
    }

    @Test
    void labelsAndDatesInTheReadersLanguage() throws IOException {
        String danish = text(SignalPdf.render(report("Bolig", "Beskrivelse"), SignalLabels.of("da")));
        assertTrue(danish.contains("Politisk signal: Bolig"), danish);
        assertTrue(danish.contains("Udarbejdet af ada den 15. maj 2031; periode december 2030 til maj 2031"), danish);
        assertTrue(danish.contains("Sager, der rammer barrieren pr. måned:"), danish);
        assertTrue(danish.contains("- alder 16-17"), danish);
        assertFalse(danish.contains("Policy signal"), danish);
        String dutch = text(SignalPdf.render(report("Wonen", "Beschrijving"), SignalLabels.of("nl")));
        assertTrue(dutch.contains("Beleidssignaal: Wonen"), dutch);
        assertTrue(dutch.contains("Opgesteld door ada op 15 mei 2031"), dutch);
    }

    @Test
    void longTextWrapsWithinThePageInEveryScript() throws IOException {
        String cjk = "青少年住房问题".repeat(60);
        String latin = "Ørsted ".repeat(100);
        String thai = "ภาษาไทยไม่เว้นวรรคระหว่างคำ".repeat(30);
        for (String paragraph : List.of(cjk, latin, thai)) {
            List<String> lines = SignalPdf.wrap(paragraph);
            assertTrue(lines.size() > 3, paragraph);
            assertEquals(paragraph.replace(" ", ""), String.join("", lines).replace(" ", ""));
            for (String line : lines) {
                assertTrue(FontChain.width(line, 10) <= 495, line);
                // a Thai vowel or tone sign stays on the line of its consonant
                assertFalse(Character.getType(line.codePointAt(0)) == Character.NON_SPACING_MARK, line);
            }
        }
        assertTrue(text(SignalPdf.render(report("t", cjk), SignalLabels.of("en"))).replace("\n", "").contains(cjk));
    }

    @Test
    void arabicLettersPrintJoinedAndReadBackAsTyped() throws IOException {
        byte[] pdf = SignalPdf.render(report("Housing", "السكن للشباب"), SignalLabels.of("en"));
        // the glyphs on the page: the joined forms (noon final, kaf and seen medial, lam initial) in visual order, then
        // alef, whose isolated form is the letter's own glyph
        String printed = printed(pdf);
        assertTrue(printed.contains("\uFEE6\uFEDC\uFEB4\uFEDF\u0627"), printed);
        assertFalse(printed.contains("\u0644"), "an isolated lam printed: " + printed);
        assertTrue(text(pdf).contains("السكن للشباب"), text(pdf));
    }

    @Test
    void rightToLeftRunsStandInVisualOrder() {
        assertEquals(List.of("abc"), texts(FontChain.shape("abc")));
        // the Arabic word on the page after the Latin and number before it, which stay as they read
        assertEquals(List.of("x 12 ", "جب", " y"), texts(FontChain.shape("x 12 جب y")));
        // within it the letters from right to left: beh (final) stands left of jeem (initial)
        FontFace dejaVu = FontChain.FACES.get(0);
        int[] word = FontChain.shape("x 12 جب y").get(1).glyphs();
        assertArrayEquals(new int[] {dejaVu.glyphOf(0xFE90), dejaVu.glyphOf(0xFE9F)}, word);
        // brackets inside right-to-left text are mirrored, so they still open towards their content
        int[] bracketed = FontChain.shape("جب (د)").get(0).glyphs();
        assertEquals(dejaVu.glyphOf('('), bracketed[0]);
        assertEquals(dejaVu.glyphOf(')'), bracketed[2]);
    }

    private static List<String> texts(List<ShapedRun> runs) {
        return runs.stream().map(ShapedRun::text).toList();
    }

    static SignalReport report(String title, String description) {
        YearMonth to = YearMonth.of(2031, 5);
        DigestView.Breakdown months = new DigestView.Breakdown("CASES_BY_MONTH", null, false,
                List.of(new DigestView.Cell("2031-04", null, true), new DigestView.Cell("2031-05", 7L, false)));
        return new SignalReport("s-1", title, description, Barrier.HOUSING, "north", "ada", "ada",
                OffsetDateTime.parse("2031-05-15T12:00:00Z"), to.minusMonths(5), to, 5, months, months, "RISING",
                List.of(new SignalReport.Example("16-17", List.of("HOUSING"), "LIGHT", "HIGH", List.of("MEDIATION"),
                        List.of("CLAIMED"))));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The characters of the glyphs as they stand on the page, before the text extraction folds their forms. */
    private static String printed(byte[] pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.append(text.getUnicode());
                }
            }.getText(document);
        }
        return glyphs.toString();
    }

    /** The embedded fonts by name without the subset tag; every one must be an embedded subset. */
    private static Set<String> fonts(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + font.getName());
                    names.add(font.getName().substring(7));
                }
            }
        }
        return names;
    }
}
