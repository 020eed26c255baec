package org.carebridge.advisory.barrier;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Joins Arabic-script letters for the PDF, which PDFBox cannot do (it prints each character's default glyph: every
 * Arabic letter in its isolated form, unjoined). Each letter that Unicode gives presentation forms (Arabic, and the
 * extra letters of Persian/Dari and Urdu) becomes its isolated, final, initial or medial form by its neighbours, and
 * lam followed by alef one ligature, as a shaping engine would; DejaVu Sans has these forms. Applied to the logical
 * text, before lines are broken and put in visual order. Letters without presentation forms (Pashto's own) stay as
 * they are, and so does a letter whose form no font of the PDF prints. Chosen over icu4j's ArabicShaping, which
 * does the same from the same Unicode forms but weighs 14 MB: here the forms are one table, checked against the
 * Unicode names and decompositions in ArabicJoiningTest.
 */
final class ArabicJoining {

    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    private static final char ZWJ = '\u200D';
    /** The alefs lam joins with, each with its isolated lam-alef ligature (the final one follows it). */
    private static final Map<Character, Character> LAM_ALEF = Map.of('\u0622', '\uFEF5', '\u0623', '\uFEF7',
            '\u0625', '\uFEF9', '\u0627', '\uFEFB');

    /** A letter's isolated form and how many forms it has: 1 (joins no side), 2 (the right only), 4 (both sides). */
    private record Forms(char isolated, int count) {
        boolean joinsLeft() {
            return count == 4;
        }
    }

    private static final Map<Character, Forms> FORMS = new HashMap<>();

    static {
        // U+0621..U+063A and U+0641..U+064A have their forms one after the other from U+FE80, in the letters' order
        String counts = "12222424244444222244444444" + "4444444224";
        char form = '\uFE80';
        int i = 0;
        for (char letter = '\u0621'; letter <= '\u064A'; letter++) {
            if (letter >= '\u063B' && letter <= '\u0640') {
                continue; // letters of other languages (no forms here) and tatweel
            }
            int count = counts.charAt(i++) - '0';
            FORMS.put(letter, new Forms(form, count));
            form += (char) count;
        }
        // Persian/Dari and Urdu letters, from Arabic Presentation Forms-A
        add('\u0671', '\uFB50', 2); // alef wasla
        add('\u067E', '\uFB56', 4); // peh
        add('\u0679', '\uFB66', 4); // tteh
        add('\u0686', '\uFB7A', 4); // tcheh
        add('\u0688', '\uFB88', 2); // ddal
        add('\u0698', '\uFB8A', 2); // jeh
        add('\u0691', '\uFB8C', 2); // rreh
        add('\u06A9', '\uFB8E', 4); // keheh
        add('\u06AF', '\uFB92', 4); // gaf
        add('\u06C1', '\uFBA6', 4); // heh goal
        add('\u06BE', '\uFBAA', 4); // heh doachashmee
        add('\u06D2', '\uFBAE', 2); // yeh barree
        add('\u06CC', '\uFBFC', 4); // farsi yeh
    }

    private static void add(char letter, char isolated, int count) {
        FORMS.put(letter, new Forms(isolated, count));
    }

    private ArabicJoining() {
    }

    /** {@code text} with its Arabic letters joined, using only forms {@code prints} accepts. */
    static String join(String text, IntPredicate prints) {
        if (text.chars().noneMatch(c -> FORMS.containsKey((char) c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Forms forms = FORMS.get(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean right = joinsLeft(before(text, i));
            Character ligature = c == LAM && i + 1 < text.length() ? LAM_ALEF.get(text.charAt(i + 1)) : null;
            if (ligature != null && prints.test(ligature + (right ? 1 : 0))) {
                out.append((char) (ligature + (right ? 1 : 0)));
                i++; // the alef is in the ligature
                continue;
            }
            boolean left = forms.joinsLeft() && joinsRight(after(text, i));
            // isolated, final, initial, medial; a letter that joins one side only has the first two
            int offset = right && left ? 3 : left ? 2 : right && forms.count() > 1 ? 1 : 0;
            char shaped = (char) (forms.isolated() + offset);
            out.append(prints.test(shaped) ? shaped : c);
        }
        return out.toString();
    }

    /** The nearest character before {@code i} that is not a mark (marks sit on a letter, they do not break joins). */
    private static char before(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!isMark(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return ' ';
    }

    private static char after(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!isMark(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return ' ';
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Whether {@code c} reaches out to the letter after it (to its left on the page). */
    private static boolean joinsLeft(char c) {
        Forms forms = FORMS.get(c);
        return c == TATWEEL || c == ZWJ || forms != null && forms.joinsLeft();
    }

    /** Whether {@code c} takes a join from the letter before it. */
    private static boolean joinsRight(char c) {
        Forms forms = FORMS.get(c);
        return c == TATWEEL || c == ZWJ || forms != null && forms.count() > 1;
    }

    /** The letters this joins, for the test that checks their forms against Unicode. */
    static Map<Character, Integer> formCounts() {
        Map<Character, Integer> counts = new HashMap<>();
        FORMS.forEach((letter, forms) -> counts.put(letter, forms.count()));
        return counts;
    }

    static char isolatedForm(char letter) {
        return FORMS.get(letter).isolated();
    }
}
