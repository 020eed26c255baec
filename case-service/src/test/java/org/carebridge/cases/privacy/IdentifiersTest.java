package org.carebridge.cases.privacy;

import org.carebridge.platform.problem.Problem;
import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain unit test of what counts as naming the youth in free text. */
class IdentifiersTest {

    private static final Identifiers SAMIRA = Identifiers.of("Samíra", "Østergård", LocalDate.of(2009, 3, 14));
    private static final Identifiers MULTI = Identifiers.of("Anna-Lena", "van der Berg", LocalDate.of(2010, 11, 5));

    @ParameterizedTest
    @ValueSource(strings = {"Samira stopped going to school", "talked with samira", "SAMIRA", "Samíra's mother",
            "family Ostergard", "the Østergård family", "oestergard? no: ØSTERGÅRD.", "Samira Østergård",
            "(samira)", "samira,ostergard", "Ｓamira"})
    void names_as_whole_words_in_any_case_and_accent(String text) {
        assertEquals("name", SAMIRA.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Samiras", "samirah", "Ostergarden", "xsamira", "samira2"})
    void parts_of_longer_words_are_not_names(String text) {
        assertNull(SAMIRA.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna-Lena", "anna lena", "Anna", "Lena went home", "Berg", "the Van Der Berg family",
            "van der berg"})
    void multi_part_names_and_their_parts(String text) {
        assertEquals("name", MULTI.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"van", "the der in German", "den"})
    void particles_alone_are_not_names(String text) {
        assertNull(MULTI.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"born 2009-03-14", "2009/03/14", "14-03-2009", "14/03/2009", "14.03.2009", "14.3.2009",
            "3/14/2009", "03/14/2009", "14 March 2009", "14th of March 2009", "March 14, 2009", "Mar 14 2009",
            "14 maart 2009", "14 mrt 2009", "14. mars 2009", "14. marts 2009", "14 Mar. 2009", "14.03.09",
            "14 MAART 2009", "14e maart 2009", "on 14 . 03 . 2009"})
    void the_birth_date_in_written_forms_of_en_nl_nb_da(String text) {
        assertEquals("birth date", SAMIRA.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 November 2010", "5. november 2010", "05-11-2010", "nov 5, 2010", "2010-11-05",
            "5 nov. 2010", "5/11/2010", "11/5/2010"})
    void single_digit_days(String text) {
        assertEquals("birth date", MULTI.foundIn(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"meeting on 14 March", "14-03-2010", "2009-03-15", "114.03.2009", "14.03.20091",
            "15 March 2009", "14 May 2009", "in 2009 she arrived", "14 marsvin 2009", "Two team meetings; no place.",
            "24/03/2009", "2009-03-141"})
    void other_dates_and_texts_pass(String text) {
        assertNull(SAMIRA.foundIn(text), text);
    }

    @Test
    void erased_identifiers_find_nothing() {
        assertNull(Identifiers.of(null, null, null).foundIn("Samira 2009-03-14"));
    }

    @Test
    void one_letter_names_are_not_looked_for() {
        assertNull(Identifiers.of("A", "B", null).foundIn("a b c"));
    }

    @Test
    void refusal_is_a_400_naming_the_field_and_saying_why() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> SAMIRA.refuseIn("whatWasTried", "Samira was born 14/03/2009"));
        Problem problem = e.toProblem();
        assertEquals(400, problem.status());
        assertEquals("whatWasTried", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("name or birth date"), problem.detail());
    }

    @Test
    void clean_text_passes() {
        SAMIRA.refuseIn("role", "school coach");
    }
}
