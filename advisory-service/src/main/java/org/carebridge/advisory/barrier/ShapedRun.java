package org.carebridge.advisory.barrier;

/**
 * Text of one font as the shaper laid it out: glyph ids of {@code face} left to right as they stand, each at its
 * position from the run's start, and the run's width, all in thousandths of the font size (PDF glyph space; y up).
 * {@code text} is what the glyphs say, in reading order.
 */
record ShapedRun(FontFace face, String text, int[] glyphs, float[] x, float[] y, float advance) {
}
