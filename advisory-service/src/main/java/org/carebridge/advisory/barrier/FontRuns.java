package org.carebridge.advisory.barrier;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into runs of one font each, so that the shaper sees a word's letters together (joining and reordering work
 * only within one font): a stretch of one script goes to the first font of the {@link FontChain} that has all its
 * letters; a space, digit or sign in it stays with that font if it has one, else goes to the first font that has it.
 * A script no font has whole goes character by character to the first font with a glyph for it. A character no font
 * has prints as U+FFFD, unless it is invisible anyway (a joiner, a direction mark: the shaper reads those) or a
 * combining mark (left out: that reads better); controls such as tab and bell become spaces.
 */
final class FontRuns {

    static final int REPLACEMENT = 0xFFFD;

    /** A stretch of text that one font prints. */
    record Run(FontFace face, String text) {
    }

    private FontRuns() {
    }

    static List<Run> of(String text) {
        List<FontFace> faces = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (String ofOneScript : byScript(printable(text))) {
            FontFace face = firstWithLetters(ofOneScript);
            ofOneScript.codePoints().forEach(c -> {
                FontFace printing = face != null && (face.has(c) || invisible(c)) ? face : firstWith(c);
                if (faces.isEmpty() || faces.get(faces.size() - 1) != printing) {
                    faces.add(printing);
                    texts.add(new StringBuilder());
                }
                texts.get(texts.size() - 1).appendCodePoint(c);
            });
        }
        List<Run> runs = new ArrayList<>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            runs.add(new Run(faces.get(i), texts.get(i).toString()));
        }
        return runs;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (invisible(c) || firstWith(c).has(c)) {
                out.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK || out.isEmpty()) {
                out.appendCodePoint(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** The text in stretches of one script; spaces, digits, signs and marks stay with the letters before them. */
    private static List<String> byScript(String text) {
        List<String> stretches = new ArrayList<>();
        UnicodeScript current = null;
        int start = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            UnicodeScript script = letterScript(text.codePointAt(i));
            if (script != null) {
                if (current != null && script != current) {
                    stretches.add(text.substring(start, i));
                    start = i;
                }
                current = script;
            }
        }
        stretches.add(text.substring(start));
        return stretches;
    }

    /** The first font that has every letter of the stretch, null if none (or it has no letters). */
    private static FontFace firstWithLetters(String stretch) {
        for (FontFace face : FontChain.FACES) {
            if (stretch.codePoints().allMatch(c -> letterScript(c) == null || face.has(c))) {
                return stretch.codePoints().anyMatch(c -> letterScript(c) != null) ? face : null;
            }
        }
        return null;
    }

    /** The first font with a glyph for {@code c}, the first of all if none has one. */
    private static FontFace firstWith(int c) {
        for (FontFace face : FontChain.FACES) {
            if (face.has(c)) {
                return face;
            }
        }
        return FontChain.FACES.get(0);
    }

    private static UnicodeScript letterScript(int c) {
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN
                ? null : script;
    }

    private static boolean invisible(int c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
