package org.carebridge.advisory.referral;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Full dates in the question (en/nl/nb/da written forms) are removed on intake; other numbers stay. */
class BirthDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2009-03-14", "14-03-2009", "14/03/2009", "14.03.2009", "14 March 2009", "14 maart 2009",
            "14. mars 2009", "14. marts 2009", "14 mrt 2009", "14 mrt. 2009", "14th March 2009", "March 14, 2009",
            "3 mei 2009", "3 mai 2009", "3 maj 2009", "1 desember 2009", "1 okt 2009", "4/3/2009", "14 MARCH 2009",
            "14  januari 2009", "14. februar 2009"})
    void aDateInAnyCommonWrittenFormIsRemoved(String date) {
        assertEquals("Amira, born " + BirthDates.REMOVED + ", needs a school.",
                BirthDates.scrub("Amira, born " + date + ", needs a school."));
    }

    @Test
    void everyDateOfTheTextGoesAndTheRestStays() {
        assertEquals("Born [removed] (or [removed]?), 3 schools tried since 2023, case 12-3, room 14.03, 16-17 years.",
                BirthDates.scrub("Born 2009-03-14 (or 14/03/2009?), 3 schools tried since 2023, case 12-3, room 14.03, 16-17 years."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 2009", "14 March", "2009", "32/03/2009", "14/13/2009", "version 1.14.03.2009x",
            "call 0612345678", "14 marshes 2009", "12345-03-14"})
    void whatIsNotAFullDateStays(String text) {
        assertEquals(text, BirthDates.scrub(text));
    }

    @Test
    void theScrubbedTextStillFitsItsColumn() {
        String question = "x".repeat(1991) + " 1/3/2009";
        assertEquals(2000, question.length());
        String scrubbed = BirthDates.scrub(question, 2000);
        assertEquals(2000, scrubbed.length());
        assertEquals("x".repeat(1991) + " [removed", scrubbed);
    }
}
