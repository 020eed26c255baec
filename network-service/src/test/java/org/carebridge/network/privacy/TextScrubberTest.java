package org.carebridge.network.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Birth dates in the written forms of en/nl/nb/da, and what network-service knows of the case, leave no text. */
class TextScrubberTest {

    private static final String CASE_ID = "0b8e4a52-6c1d-4e9f-8a3b-5d7c9e1f2a4b";
    private static final String PSEUDONYM = "3f6c0a1e9b7d4c2a8e5f1b3d7a9c0e2f4b6d8a1c3e5f7b9d0a2c4e6f8b1d3a5c";
    private static final TextScrubber.Known KNOWN = new TextScrubber.Known(
            List.of(CASE_ID, CASE_ID.replace("-", ""), PSEUDONYM), List.of("anna", "j.devries", "bo"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2009-03-14", "2009/03/14", "14-03-2009", "14/03/2009", "14.03.2009", "3/14/2009",
            "14.3.09", "14 March 2009", "14th of March, 2009", "March 14, 2009", "Mar 14th 2009", "14 Mar. 2009",
            "14 maart 2009", "14 mrt 2009", "14 mrt. '09", "14. mars 2009", "14. mar. 2009", "14. marts 2009",
            "14. desember 2009", "14 MAJ 2009", "1. mai 2009", "14e maart 2009", "14maart2009"})
    void aBirthDateInAnyCommonWrittenFormGoes(String date) {
        TextScrubber.Scrubbed out = TextScrubber.scrub("Born " + date + ", lives with her aunt.", KNOWN);
        assertEquals("Born [removed], lives with her aunt.", out.text());
        assertEquals(List.of(TextScrubber.DATE), out.removed());
    }

    @Test
    void theCaseIdItsPseudonymAndTheTeamsUsernamesGo() {
        TextScrubber.Scrubbed out = TextScrubber.scrub("Case " + CASE_ID.toUpperCase() + " (" + PSEUDONYM + ", "
                + CASE_ID.replace("-", "") + "): Anna and J.deVries tried; annabel and joanna did not.", KNOWN);
        assertEquals("Case [removed] ([removed], [removed]): [removed] and [removed] tried; annabel and joanna did not.",
                out.text());
        assertEquals(List.of(TextScrubber.CASE_ID, TextScrubber.USERNAME), out.removed());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Which school takes a 16-year-old mid-year, for 3 days a week?",
            "Since March the youth has missed 40% of classes; version 1.2.3 of the plan; 10.000 euro.",
            "She is 16 and bo-less", "In 2009 the family moved; born in may."})
    void ordinaryTextStays(String text) {
        TextScrubber.Scrubbed out = TextScrubber.scrub(text, KNOWN);
        assertEquals(text, out.text());
        assertFalse(out.scrubbed());
    }
}
