package org.carebridge.advisory.barrier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.carebridge.advisory.digest.DigestView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Renders a policy signal as a plain, text-only A4 PDF (Apache PDFBox, a standard font: nothing to embed). */
final class SignalPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private SignalPdf() {
    }

    static byte[] render(SignalReport r) {
        List<String> lines = new ArrayList<>();
        lines.add("Policy signal: " + r.title());
        lines.add("Barrier category " + r.category() + ", region " + r.region() + ", owner " + r.owner());
        lines.add("Drafted by " + r.draftedBy() + " on " + r.draftedAt().toLocalDate() + "; period " + r.from() + " to " + r.to());
        lines.add("");
        lines.addAll(wrap(r.description()));
        lines.add("");
        lines.add("Trend (last three months against the three before): " + r.trend());
        lines.add("Numbers below " + r.k() + " are suppressed and shown as '<" + r.k() + "'.");
        lines.addAll(series("Cases hitting the barrier", r.casesByMonth()));
        lines.addAll(series("Referrals to the advisory group", r.referralsByMonth()));
        lines.add("");
        lines.add("Anonymised examples (" + r.examples().size() + "):");
        for (SignalReport.Example e : r.examples()) {
            lines.addAll(wrap("- age " + e.ageBand() + ", " + String.join("/", e.domains()) + ", " + e.intensity()
                    + ", urgency " + e.urgency() + "; tried: " + String.join(", ", e.triedMeasures())
                    + "; bridge: " + String.join(", ", e.bridgeSteps())));
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPageContentStream text = null;
            float y = 0;
            for (String line : lines) {
                if (text == null || y < MARGIN) {
                    if (text != null) {
                        text.endText();
                        text.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    pdf.addPage(page);
                    text = new PDPageContentStream(pdf, page);
                    text.beginText();
                    text.setFont(font, 10);
                    text.setLeading(LEADING);
                    y = page.getMediaBox().getHeight() - MARGIN;
                    text.newLineAtOffset(MARGIN, y);
                }
                text.showText(winAnsi(line));
                text.newLine();
                y -= LEADING;
            }
            text.endText();
            text.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the policy signal as PDF", e);
        }
    }

    private static List<String> series(String title, DigestView.Breakdown b) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        // signals drafted before totals were dropped (see BarrierService.series) still carry theirs
        lines.add(title + (b.totalSuppressed() ? ": <5 in total" : b.total() != null ? ": " + b.total() + " in total" : " per month:"));
        StringBuilder row = new StringBuilder();
        for (DigestView.Cell c : b.cells()) {
            row.append(c.category()).append(": ").append(c.suppressed() ? "<5" : c.cases()).append("   ");
        }
        lines.addAll(wrap(row.toString().strip()));
        return lines;
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() + word.length() + 1 > WRAP && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The standard font encodes WinAnsi only: anything else (and control characters) becomes '?'. */
    private static String winAnsi(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(c >= 0x20 && c <= 0xFF && !(c >= 0x7F && c < 0xA0) ? (char) c : '?'));
        return out.toString();
    }
}
