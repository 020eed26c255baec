package org.carebridge.advisory.barrier;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run laid out as PDFBox alone would print it, for where the JDK cannot shape ({@link JdkShaping}): each character's
 * own glyph from the font's character map, one after the other by the font's advance widths; right-to-left text
 * reversed with its brackets mirrored. Every letter the font has prints, but unjoined, vowel signs where typed and no
 * conjuncts. Characters the font has no glyph for are the invisible ones {@link FontRuns} lets through (joiners,
 * direction marks): left out, as the shaper leaves them out.
 */
final class UnshapedLayout {

    private UnshapedLayout() {
    }

    static ShapedRun of(FontFace face, String text, boolean rightToLeft) {
        String standing = rightToLeft ? mirrored(clustersReversed(text)) : text;
        int[] glyphs = new int[standing.length()];
        float[] x = new float[standing.length()];
        int kept = 0;
        float advance = 0;
        for (int c : standing.codePoints().toArray()) {
            int glyph = face.glyphOf(c);
            if (glyph > 0) {
                glyphs[kept] = glyph;
                x[kept++] = advance;
                advance += face.advance(glyph);
            }
        }
        return new ShapedRun(face, text, rightToLeft, Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept),
                new float[kept], advance);
    }

    /**
     * The text's clusters (a letter with its marks, as the reader sees one character) in reverse, each in its typed
     * order: reversing code points would put a vowel mark (Thaana's fili, Arabic's harakat) before its letter, where a
     * reader of the PDF's text gets it attached to the wrong one.
     */
    static String clustersReversed(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        List<String> reversed = new ArrayList<>();
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
             start = end, end = clusters.next()) {
            reversed.add(0, text.substring(start, end));
        }
        return String.join("", reversed);
    }

    /** Brackets in right-to-left text open the other way on the page (the shaper mirrors them; here the usual pairs). */
    static String mirrored(String reversed) {
        StringBuilder out = new StringBuilder(reversed.length());
        reversed.codePoints().forEach(c -> {
            int at = "()[]{}<>".indexOf(c);
            out.appendCodePoint(at < 0 ? c : ")(][}{><".charAt(at));
        });
        return out.toString();
    }
}
