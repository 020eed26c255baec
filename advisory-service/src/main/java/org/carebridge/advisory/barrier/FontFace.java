package org.carebridge.advisory.barrier;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * One TrueType font of the {@link FontChain}, read once per JVM and shared across requests: its bytes (PDFBox embeds
 * a subset of them), its character map and advance widths, and the same file as a JDK font that shapes text. PDFBox
 * does no OpenType shaping; the JDK does (its HarfBuzz): Arabic joining, Indic reordering and conjuncts, Thai and
 * Myanmar marks. Where the JDK cannot ({@link JdkShaping}), a run is laid out character by character instead
 * ({@link UnshapedLayout}).
 */
final class FontFace {

    /** Shaping at 1000 units to the em gives positions in PDF glyph space (thousandths of the font size). */
    private static final float EM = 1000f;
    /** No hinting, no rounding to pixels: the outline metrics, as the PDF draws them. */
    private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);

    private final String resource;
    private final byte[] bytes;
    private final CmapLookup cmap;
    private final int glyphCount;
    /** Read here, once: fontbox reads its tables lazily, and requests share this font. */
    private final HorizontalMetricsTable widths;
    private final float unitsPerEm;
    private Font shaper;

    private FontFace(String resource, byte[] bytes, TrueTypeFont ttf) throws IOException {
        this.resource = resource;
        this.bytes = bytes;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.glyphCount = ttf.getNumberOfGlyphs();
        this.widths = ttf.getHorizontalMetrics();
        this.unitsPerEm = ttf.getUnitsPerEm();
    }

    static FontFace read(String resource) {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            // the parsed font stays open for its character map; it only holds the bytes above
            return new FontFace(resource, bytes, new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    byte[] bytes() {
        return bytes;
    }

    boolean has(int c) {
        return cmap.getGlyphId(c) > 0;
    }

    /** The glyph the character map gives {@code c}, 0 if none: what a glyph reads back as in the PDF. */
    int glyphOf(int c) {
        return cmap.getGlyphId(c);
    }

    /** The character glyph {@code glyph} reads back as in the PDF, null if none: PDFBox's ToUnicode takes the first. */
    String readsAs(int glyph) {
        List<Integer> characters = cmap.getCharCodes(glyph);
        return characters == null || characters.isEmpty() ? null : Character.toString(characters.get(0));
    }

    /** The advance width of glyph {@code glyph} in thousandths of the font size. */
    float advance(int glyph) {
        return widths.getAdvanceWidth(glyph) * EM / unitsPerEm;
    }

    /**
     * {@code text}, all of it in this font, as the shaper lays it out: glyphs left to right as they stand; laid out
     * unshaped where the JDK cannot shape, which it shows by an Error at the first layout.
     */
    ShapedRun shape(String text, boolean rightToLeft) {
        if (JdkShaping.works()) {
            try {
                return shaped(text, rightToLeft);
            } catch (Error e) {
                JdkShaping.failed(e);
            }
        }
        return UnshapedLayout.of(this, text, rightToLeft);
    }

    private ShapedRun shaped(String text, boolean rightToLeft) {
        char[] chars = text.toCharArray();
        GlyphVector laid = shaper().layoutGlyphVector(OUTLINES, chars, 0, chars.length,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int count = laid.getNumGlyphs();
        float[] positions = laid.getGlyphPositions(0, count, null);
        int[] glyphs = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            glyphs[kept] = laid.getGlyphCode(i);
            x[kept] = positions[2 * i];
            y[kept] = -positions[2 * i + 1]; // the JDK's y grows down, the PDF's up
            // the JDK's "invisible glyph" for joiners and direction marks is past the font's own
            kept += glyphs[kept] < glyphCount ? 1 : 0;
        }
        return new ShapedRun(this, text, rightToLeft, Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept),
                Arrays.copyOf(y, kept), (float) laid.getGlyphPosition(count).getX());
    }

    private synchronized Font shaper() {
        if (shaper == null) {
            try {
                shaper = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(EM);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the JDK cannot read font " + resource, e);
            }
        }
        return shaper;
    }

    @Override
    public String toString() {
        return resource;
    }
}
