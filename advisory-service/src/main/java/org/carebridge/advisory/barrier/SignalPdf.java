package org.carebridge.advisory.barrier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.carebridge.advisory.digest.DigestView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a policy signal as a plain, text-only A4 PDF (Apache PDFBox) in the reader's language, with embedded font
 * subsets that print what users type in any script ({@link FontChain}). Arabic letters are joined first
 * ({@link ArabicJoining}: PDFBox does not shape), then right-to-left text (Arabic, Hebrew) is put in visual order per
 * line.
 */
final class SignalPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

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
                for (String line : wrap(fonts, ArabicJoining.join(paragraph, FontChain::prints))) {
                    if (text == null || y < MARGIN) {
                        if (text != null) {
                            text.endText();
                            text.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        pdf.addPage(page);
                        text = new PDPageContentStream(pdf, page);
                        text.beginText();
                        text.setLeading(LEADING);
                        y = page.getMediaBox().getHeight() - MARGIN;
                        text.newLineAtOffset(MARGIN, y);
                    }
                    for (FontChain.Run run : fonts.runs(visual(line))) {
                        text.setFont(run.font(), SIZE);
                        text.showText(run.text());
                    }
                    text.newLine();
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

    /** The paragraph in lines that fit the page, broken at spaces, or anywhere in a word too long for a line (CJK). */
    static List<String> wrap(FontChain fonts, String paragraph) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ", -1)) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (fonts.width(tried, SIZE) <= WIDTH) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int c = word.codePointAt(i);
                if (!line.isEmpty() && fonts.width(line.toString() + Character.toString(c), SIZE) > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(c);
                i += Character.charCount(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The line in the order its characters stand on the page: right-to-left runs reversed (brackets mirrored), the runs
     * in visual order (java.text.Bidi, on a left-to-right page). PDF text extraction turns this back into reading order.
     */
    static String visual(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = levels[i] % 2 == 0 ? run : mirrored(new StringBuilder(run).reverse().toString());
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String mirrored(String reversed) {
        StringBuilder out = new StringBuilder(reversed.length());
        for (char c : reversed.toCharArray()) {
            int at = "()[]{}<>".indexOf(c);
            out.append(at < 0 ? c : ")(][}{><".charAt(at));
        }
        return out.toString();
    }
}
