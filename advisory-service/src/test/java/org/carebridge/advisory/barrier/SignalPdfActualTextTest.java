package org.carebridge.advisory.barrier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Copy and search: a run whose glyphs do not read back as typed (a Devanagari conjunct and short i, joined Pashto
 * letters, none of them in the font's character map) is a marked-content span whose /ActualText is the typed text; a
 * run whose glyphs read back as typed is not wrapped.
 */
class SignalPdfActualTextTest {

    private static final String HINDI = "हिन्दी में लिखा";
    private static final String PASHTO = "پښتو";
    /** Shaped too, but into the glyphs the character map names, in typed order (brackets mirrored right to left). */
    private static final List<String> READ_BACK = List.of("Ærø og Ørsted", "Житло для молоді", "বাংলা ভাষা",
            "ภาษาไทย", "שלום (עולם)", "青少年住房");

    @Test
    void runsThatDoNotReadBackCarryTheirTypedTextAndNoOthers() throws IOException {
        List<String> lines = new ArrayList<>(READ_BACK);
        lines.add(1, HINDI);
        lines.add(PASHTO);
        byte[] pdf = SignalPdf.render(SignalPdfTest.report("Housing", String.join("\n", lines)), SignalLabels.of("en"));
        assertEquals(List.of(HINDI, PASHTO), spans(pdf));
        // PDFBox's own extraction (3.0.5) honours /ActualText: the words read back as typed, not as junk
        String text = SignalPdfTest.text(pdf);
        for (String words : lines) {
            assertTrue(text.contains(words), words + " in\n" + text);
        }
    }

    @Test
    void aRunReadsBackWhenEachGlyphIsItsCharactersOwnInTypedOrder() {
        assertTrue(FontChain.shape("Ærø og Ørsted").get(0).readsAsTyped());
        assertTrue(FontChain.shape("שלום (עולם)").get(0).readsAsTyped());
        // the short i stands before ह; the conjunct न्द is a glyph of its own
        assertFalse(FontChain.shape("हिन्दी").get(0).readsAsTyped());
        // joined Arabic letters print as presentation forms, other characters than the typed ones
        assertFalse(FontChain.shape("السكن").get(0).readsAsTyped());
    }

    /**
     * The /ActualText of each marked-content span of the first page, in the order drawn, read from the content stream:
     * each span a /Span with a property list from the page's resources, around the glyphs it stands for.
     */
    private static List<String> spans(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<Object> tokens = new PDFStreamParser(page).parse();
            int glyphsShown = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (!(tokens.get(i) instanceof Operator operator)) {
                    continue;
                }
                switch (operator.getName()) {
                    case "BDC" -> {
                        assertEquals(-1, glyphsShown, "a span within a span");
                        assertEquals(SignalPdf.SPAN, tokens.get(i - 2));
                        texts.add(page.getResources().getProperties((COSName) tokens.get(i - 1)).getCOSObject()
                                .getString(COSName.ACTUAL_TEXT));
                        glyphsShown = 0;
                    }
                    case "Tj" -> glyphsShown += glyphsShown >= 0 ? 1 : 0;
                    case "EMC" -> {
                        assertTrue(glyphsShown > 0, "an empty span: " + texts);
                        glyphsShown = -1;
                    }
                    default -> {
                    }
                }
            }
            assertEquals(-1, glyphsShown, "a span not closed");
        }
        return texts;
    }
}
