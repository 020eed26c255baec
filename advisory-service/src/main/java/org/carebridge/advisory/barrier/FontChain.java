package org.carebridge.advisory.barrier;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts of one policy-signal PDF. Users may type any script (the API refuses only NUL and unpaired surrogates), and
 * no single free font covers them all, so the first font of the chain that has a run's letters prints it (see
 * {@link FontRuns}): DejaVu Sans (Latin with diacritics, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian; from
 * jasperreports-fonts; Lao too), Noto Naskh Arabic (the Urdu and Pashto letters DejaVu lacks), Noto Sans for Ge'ez,
 * the scripts of India and Sri Lanka, Thai, Khmer and Myanmar, and for the living scripts of smaller communities the
 * network may serve: Syriac (Assyrian and Chaldean families), Thaana, Adlam (Fula, from Guinea and the Sahel), Vai and
 * Tibetan (Noto's only one, a serif; SIL OFL 1.1, 3.5 MB together, Debian's fonts-noto-core), and Droid Sans Fallback
 * (Chinese, Japanese, Korean; Apache 2.0, 3.4 MB), in resources with their licences. What no font has (Yi, Cherokee,
 * historic scripts) prints as U+FFFD.
 * <p>
 * Each run is shaped by the JDK ({@link FontFace#shape}); a document loads only the fonts its text needs, and embeds
 * each as a subset of the glyphs the shaper chose.
 */
final class FontChain {

    private static final String NOTO = "/org/carebridge/advisory/barrier/fonts/Noto";
    static final List<FontFace> FACES = List.of(
            FontFace.read("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
            FontFace.read(NOTO + "NaskhArabic-Regular.ttf"),
            FontFace.read(NOTO + "SansEthiopic-Regular.ttf"),
            FontFace.read(NOTO + "SansDevanagari-Regular.ttf"),
            FontFace.read(NOTO + "SansBengali-Regular.ttf"),
            FontFace.read(NOTO + "SansGurmukhi-Regular.ttf"),
            FontFace.read(NOTO + "SansGujarati-Regular.ttf"),
            FontFace.read(NOTO + "SansOriya-Regular.ttf"),
            FontFace.read(NOTO + "SansTamil-Regular.ttf"),
            FontFace.read(NOTO + "SansTelugu-Regular.ttf"),
            FontFace.read(NOTO + "SansKannada-Regular.ttf"),
            FontFace.read(NOTO + "SansMalayalam-Regular.ttf"),
            FontFace.read(NOTO + "SansSinhala-Regular.ttf"),
            FontFace.read(NOTO + "SansThai-Regular.ttf"),
            FontFace.read(NOTO + "SansKhmer-Regular.ttf"),
            FontFace.read(NOTO + "SansMyanmar-Regular.ttf"),
            FontFace.read(NOTO + "SansSyriac-Regular.ttf"),
            FontFace.read(NOTO + "SansThaana-Regular.ttf"),
            FontFace.read(NOTO + "SansAdlam-Regular.ttf"),
            FontFace.read(NOTO + "SansVai-Regular.ttf"),
            FontFace.read(NOTO + "SerifTibetan-Regular.ttf"),
            FontFace.read("/org/carebridge/advisory/barrier/fonts/DroidSansFallback.ttf"));

    private final PDDocument pdf;
    private final Map<FontFace, PDType0Font> loaded = new HashMap<>();

    FontChain(PDDocument pdf) {
        this.pdf = pdf;
    }

    /**
     * The line shaped, its runs left to right as they stand on a left-to-right page: right-to-left text (Arabic,
     * Hebrew) shaped right to left, its brackets mirrored by the shaper, the runs put in visual order (java.text.Bidi).
     */
    static List<ShapedRun> shape(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return shapeRuns(line, false);
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] runs = new Object[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = shapeRuns(line.substring(bidi.getRunStart(i), bidi.getRunLimit(i)), levels[i] % 2 == 1);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        List<ShapedRun> shaped = new ArrayList<>();
        for (Object run : runs) {
            @SuppressWarnings("unchecked") List<ShapedRun> ofOneLevel = (List<ShapedRun>) run;
            shaped.addAll(ofOneLevel);
        }
        return shaped;
    }

    private static List<ShapedRun> shapeRuns(String text, boolean rightToLeft) {
        List<ShapedRun> shaped = new ArrayList<>();
        for (FontRuns.Run run : FontRuns.of(text)) {
            shaped.add(run.face().shape(run.text(), rightToLeft));
        }
        if (rightToLeft) {
            Collections.reverse(shaped); // the first run read stands rightmost
        }
        return shaped;
    }

    /** Width of the line in points at the given size, as {@link #shape} lays it out. */
    static float width(String line, float size) {
        float width = 0;
        for (ShapedRun run : shape(line)) {
            width += run.advance() / 1000 * size;
        }
        return width;
    }

    /** The face embedded in this document, loaded on first use. */
    PDType0Font font(FontFace face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            // a parser of its own per document (the subsetter reads glyph tables: not safe to share), over the shared
            // bytes without copying them; embedded as a subset, horizontal (the last argument), closed with the document
            font = PDType0Font.load(pdf, new RandomAccessReadBuffer(face.bytes()), true, false);
            loaded.put(face, font);
        }
        return font;
    }
}
