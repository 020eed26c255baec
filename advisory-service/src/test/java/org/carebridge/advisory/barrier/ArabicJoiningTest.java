package org.carebridge.advisory.barrier;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arabic letters take the form their neighbours call for, from a table that agrees with Unicode's own data. */
class ArabicJoiningTest {

    private static final String[] FORM_NAMES = {"ISOLATED FORM", "FINAL FORM", "INITIAL FORM", "MEDIAL FORM"};

    @Test
    void everyFormInTheTableIsNamedAndDecomposesAsUnicodeSays() {
        Map<Character, Integer> counts = ArabicJoining.formCounts();
        assertEquals(49, counts.size(), "the Arabic letters and the Persian and Urdu ones with forms");
        counts.forEach((letter, count) -> {
            char isolated = ArabicJoining.isolatedForm(letter);
            for (int k = 0; k < count; k++) {
                char form = (char) (isolated + k);
                assertTrue(Character.getName(form).endsWith(FORM_NAMES[k]), Character.getName(form));
                assertEquals(String.valueOf(letter), nfkc(String.valueOf(form)), Character.getName(form));
            }
            if (count < 4) { // no form of it left out: the next one is another letter's
                assertFalse(String.valueOf(letter).equals(nfkc(String.valueOf((char) (isolated + count)))),
                        Character.getName(letter));
            }
        });
    }

    @Test
    void lettersJoinByTheirNeighboursAndLamAlefIsOneLigature() {
        // alef (joins the right only), lam initial, seen and kaf medial, noon final
        assertEquals("\uFE8D\uFEDF\uFEB4\uFEDC\uFEE6", ArabicJoining.join("السكن", c -> true));
        // beh before alef is medial, after it isolated again: alef never joins the letter after it
        assertEquals("\uFEDF\uFEE0\uFEB8\uFE92\uFE8E\uFE8F", ArabicJoining.join("للشباب", c -> true));
        // lam-alef isolated at the start of a word, final after seen
        assertEquals("\uFEFB \uFEB3\uFEFC\uFEE1", ArabicJoining.join("لا سلام", c -> true));
        // a vowel mark sits on its letter and does not break the join; Persian peh and gaf join too
        assertEquals("\uFE91\u064E\uFE8E", ArabicJoining.join("بَا", c -> true));
        assertEquals("\uFB58\uFB93", ArabicJoining.join("پگ", c -> true));
        String text = "Wonen: السكن للشباب (2031)";
        assertEquals(text, nfkc(ArabicJoining.join(text, c -> true)), "reads back as typed");
    }

    @Test
    void textWithoutArabicAndFormsNoFontPrintsStayAsTheyAre() {
        String latin = "Ærø og Ørsted";
        assertTrue(latin == ArabicJoining.join(latin, c -> true), "not copied");
        assertEquals("السكن", ArabicJoining.join("السكن", c -> false));
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
