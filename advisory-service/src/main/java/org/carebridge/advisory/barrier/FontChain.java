package org.carebridge.advisory.barrier;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of one policy-signal PDF. Users may type any script (the API refuses only NUL and unpaired surrogates), and
 * no single free font covers them all, so per character the first font with a glyph wins: DejaVu Sans (Latin with
 * diacritics, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian; from jasperreports-fonts), Noto Sans Ethiopic (Ge'ez:
 * Tigrinya, Amharic; SIL OFL 1.1) and Droid Sans Fallback (Chinese, Japanese, Korean; Apache 2.0), the last two in
 * resources with their licences. A character none of them has prints as U+FFFD, never fails the export.
 * <p>
 * Each font file is read and its character map parsed once per JVM (read-only afterwards, so shared across requests);
 * a document loads only the fonts its text needs, and embeds each as a subset of the glyphs it uses.
 */
final class FontChain {

    static final int REPLACEMENT = 0xFFFD;

    private static final List<Face> FACES = List.of(
            Face.read("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
            Face.read("/org/carebridge/advisory/barrier/fonts/NotoSansEthiopic-Regular.ttf"),
            Face.read("/org/carebridge/advisory/barrier/fonts/DroidSansFallback.ttf"));

    private final PDDocument pdf;
    private final PDType0Font[] loaded = new PDType0Font[FACES.size()];

    FontChain(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** A stretch of text that one font prints. */
    record Run(PDType0Font font, String text) {
    }

    /** The line cut into runs of one font each; characters no font has become U+FFFD, invisible controls are dropped. */
    List<Run> runs(String line) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int current = -1;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c)) {
                c = ' ';
            }
            int face = faceOf(c);
            if (face < 0) {
                int type = Character.getType(c);
                if (type == Character.FORMAT || type == Character.NON_SPACING_MARK && !text.isEmpty()) {
                    continue; // a joiner, direction mark or combining mark we cannot print: leaving it out reads better
                }
                c = REPLACEMENT;
                face = faceOf(c);
                if (face < 0) {
                    c = '?';
                    face = 0;
                }
            }
            if (face != current && !text.isEmpty()) {
                runs.add(new Run(font(current), text.toString()));
                text.setLength(0);
            }
            current = face;
            text.appendCodePoint(c);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(font(current), text.toString()));
        }
        return runs;
    }

    /** Width of the line in points at the given size, as {@link #runs} prints it. */
    float width(String line, float size) throws IOException {
        float width = 0;
        for (Run run : runs(line)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** Whether some font of the chain has a glyph for {@code c}. */
    static boolean prints(int c) {
        return faceOf(c) >= 0;
    }

    private static int faceOf(int c) {
        for (int f = 0; f < FACES.size(); f++) {
            if (FACES.get(f).has(c)) {
                return f;
            }
        }
        return -1;
    }

    private PDType0Font font(int face) throws IOException {
        if (loaded[face] == null) {
            // a parser of its own per document (the subsetter reads glyph tables: not safe to share), over the shared
            // bytes without copying them; embedded as a subset, horizontal (the last argument), closed with the document
            loaded[face] = PDType0Font.load(pdf, new RandomAccessReadBuffer(FACES.get(face).bytes()), true, false);
        }
        return loaded[face];
    }

    private record Face(byte[] bytes, CmapLookup cmap) {

        static Face read(String resource) {
            try (InputStream in = FontChain.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is not on the class path");
                }
                byte[] bytes = in.readAllBytes();
                // the parsed font stays open for its character map; it only holds the bytes above
                CmapLookup cmap = new TTFParser().parse(new RandomAccessReadBuffer(bytes)).getUnicodeCmapLookup();
                return new Face(bytes, cmap);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }

        boolean has(int c) {
            return cmap.getGlyphId(c) > 0;
        }
    }
}
