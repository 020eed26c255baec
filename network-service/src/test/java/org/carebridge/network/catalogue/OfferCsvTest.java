package org.carebridge.network.catalogue;

import org.carebridge.network.vocabulary.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export never writes a cell a spreadsheet would run as a formula; harmless cells stay as they are. */
class OfferCsvTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+32 470 12 34 56", "-2+3", "@SUM(A1:A2)",
            "\tcmd", "\rcmd"})
    void aFormulaCellIsWrittenAsText(String cell) {
        CatalogueForms.OfferView offer = new CatalogueForms.OfferView(UUID.randomUUID(), cell, cell, Domain.SCHOOL,
                "north", 12, 16, List.of("nl"), 3, cell);
        List<OfferCsv.Row> back = OfferCsv.read(OfferCsv.write(List.of(offer)));
        assertEquals(1, back.size());
        CatalogueForms.OfferForm form = back.get(0).form();
        // what a spreadsheet sees in each text column: the cell, read as CSV, starts with the quote
        for (String value : List.of(form.organisation(), form.title(), form.contact())) {
            assertEquals("'" + cell, value, "written as it was: " + cell);
        }
    }

    @Test
    void harmlessCellsAreUnchanged() {
        CatalogueForms.OfferView offer = new CatalogueForms.OfferView(UUID.randomUUID(), "De Brug", "Homework club",
                Domain.WORK, "north", 16, 23, List.of("nl", "ar"), 5, "jobs@example.org");
        String csv = OfferCsv.write(List.of(offer));
        assertEquals("De Brug,Homework club,WORK,north,16,23,nl;ar,5,jobs@example.org", csv.lines().toList().get(1));
    }
}
