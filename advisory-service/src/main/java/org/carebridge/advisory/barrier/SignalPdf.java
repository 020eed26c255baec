package org.carebridge.advisory.barrier;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.carebridge.advisory.digest.DigestView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a policy signal as a plain, text-only A4 PDF (Apache PDFBox) in the reader's language, with embedded font
 * subsets that print what users type in any script ({@link FontChain}). PDFBox does not shape, so each line is shaped
 * by the JDK (joined Arabic, reordered Indic vowel signs, stacked marks) and drawn glyph by glyph where the shaper put
 * them; a run whose glyphs would not read back as typed carries the typed text as /ActualText for copy and search.
 */
final class SignalPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** The marked-content tag for a stretch of text (PDFBox 3.0.5 has no COSName constant for it). */
    static final COSName SPAN = COSName.getPDFName("Span");

    private SignalPdf() {
    }

    static byte[] render(SignalReport r, SignalLabels l) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(l.text("title", r.title()));
        paragraphs.add(l.text("barrier", r.category(), r.region(), r.owner()));
        paragraphs.add(l.text("drafted", r.draftedBy(), l.date(r.draftedAt()), l.month(r.from()), l.month(r.to())));
        paragraphs.add("");
        paragraphs.addAll(r.description().lines().toList());
        paragraphs.add("");
        paragraphs.add(l.text("trend", r.trend()));
        paragraphs.add(l.text("suppression", r.k()));
        paragraphs.addAll(series(l, l.text("cases"), r.casesByMonth()));
        paragraphs.addAll(series(l, l.text("referrals"), r.referralsByMonth()));
        paragraphs.add("");
        paragraphs.add(l.text("examples", r.examples().size()));
        for (SignalReport.Example e : r.examples()) {
            paragraphs.add(l.text("example", e.ageBand(), String.join("/", e.domains()), e.intensity(), e.urgency(),
                    String.join(", ", e.triedMeasures()), String.join(", ", e.bridgeSteps())));
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            FontChain fonts = new FontChain(pdf);
            PDPageContentStream text = null;
            float y = 0;
            for (String paragraph : paragraphs) {
                for (String line : wrap(paragraph)) {
                    if (text == null || y < MARGIN) {
                        if (text != null) {
                            text.endText();
                            text.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        pdf.addPage(page);
                        text = new PDPageContentStream(pdf, page);
                        text.beginText();
                        y = page.getMediaBox().getHeight() - MARGIN;
                    }
                    draw(text, fonts, FontChain.shape(line), y);
                    y -= LEADING;
                }
            }
            text.endText();
            text.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the policy signal as PDF", e);
        }
    }

    /**
     * Draws the glyphs the shaper chose, each where it put it: showText would map characters to glyphs one by one
     * (no joined or reordered forms) and advance by each glyph's own width (no marks placed on their letter).
     */
    private static void draw(PDPageContentStream text, FontChain fonts, List<ShapedRun> line, float y)
            throws IOException {
        float x = MARGIN;
        for (ShapedRun run : line) {
            PDType0Font font = fonts.font(run.face());
            text.setFont(font, SIZE);
            font.addGlyphsToSubset(Arrays.stream(run.glyphs()).boxed().collect(Collectors.toSet()));
            boolean spelledOut = !run.readsAsTyped();
            if (spelledOut) {
                text.beginMarkedContent(SPAN, actualText(run.text()));
            }
            for (int i = 0; i < run.glyphs().length; i++) {
                text.setTextMatrix(Matrix.getTranslateInstance(x + run.x()[i] / 1000 * SIZE, y + run.y()[i] / 1000 * SIZE));
                text.appendRawCommands("<" + HexFormat.of().formatHex(font.encodeGlyphId(run.glyphs()[i])) + "> Tj\n");
            }
            if (spelledOut) {
                text.endMarkedContent();
            }
            x += run.advance() / 1000 * SIZE;
        }
    }

    /**
     * The text a run's glyphs stand for, for copy, search and screen readers where the glyphs do not read back as it
     * ({@link ShapedRun#readsAsTyped}): the standard way, a marked-content span with /ActualText (PDF 32000-1, 14.9.4).
     */
    private static PDPropertyList actualText(String typed) {
        COSDictionary properties = new COSDictionary();
        properties.setString(COSName.ACTUAL_TEXT, typed);
        return PDPropertyList.create(properties);
    }

    private static List<String> series(SignalLabels l, String title, DigestView.Breakdown b) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        // signals drafted before totals were dropped (see BarrierService.series) still carry theirs
        lines.add(b.totalSuppressed() ? l.text("series.totalSuppressed", title, 5)
                : b.total() != null ? l.text("series.total", title, b.total()) : l.text("series.perMonth", title));
        StringBuilder row = new StringBuilder();
        for (DigestView.Cell c : b.cells()) {
            row.append(c.category()).append(": ").append(c.suppressed() ? "<5" : c.cases()).append("   ");
        }
        lines.add(row.toString().strip());
        return lines;
    }

    /**
     * The paragraph in lines that fit the page, broken at spaces, or in a word too long for a line (CJK, Thai) between
     * two characters as the reader sees them (a letter with its marks and vowel signs stays whole).
     */
    static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ", -1)) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (FontChain.width(tried, SIZE) <= WIDTH) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            BreakIterator characters = BreakIterator.getCharacterInstance();
            characters.setText(word);
            for (int start = 0, end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
                String character = word.substring(start, end);
                if (!line.isEmpty() && FontChain.width(line + character, SIZE) > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(character);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
