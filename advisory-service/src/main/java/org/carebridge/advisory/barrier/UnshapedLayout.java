package org.carebridge.advisory.barrier;

import java.util.Arrays;

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
        String standing = rightToLeft ? mirrored(new StringBuilder(text).reverse().toString()) : text;
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
