package org.carebridge.advisory.barrier;

/**
 * Text of one font as the shaper laid it out: glyph ids of {@code face} left to right as they stand, each at its
 * position from the run's start, and the run's width, all in thousandths of the font size (PDF glyph space; y up).
 * {@code text} is what the glyphs say, in reading order, which is right to left across them if {@code rightToLeft}.
 */
record ShapedRun(FontFace face, String text, boolean rightToLeft, int[] glyphs, float[] x, float[] y, float advance) {

    /**
     * Whether the glyphs read back as the text: PDF readers map each glyph to a character by the ToUnicode map, which
     * PDFBox writes from the font's character map, so a glyph that map does not name (a conjunct, a joined or reordered
     * form) or names as another character (a presentation form) reads back as something else. Joiners and direction
     * marks draw no glyph; they do not count.
     */
    boolean readsAsTyped() {
        if (rightToLeft && text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            // right-to-left letters beyond 16 bits (Adlam): extractors get their order wrong from the glyphs alone
            // (PDFBox's splits the first surrogate pair even of the /ActualText; other readers take the span as is)
            return false;
        }
        StringBuilder read = new StringBuilder();
        for (int glyph : glyphs) {
            String character = face.readsAs(glyph);
            if (character == null) {
                return false;
            }
            read.append(character);
        }
        // readers turn right-to-left glyphs back to reading order as the shaper turned the text: reversed, brackets
        // mirrored
        String reading = rightToLeft ? UnshapedLayout.mirrored(read.reverse().toString()) : read.toString();
        StringBuilder typed = new StringBuilder();
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(typed::appendCodePoint);
        return reading.equals(typed.toString());
    }
}
