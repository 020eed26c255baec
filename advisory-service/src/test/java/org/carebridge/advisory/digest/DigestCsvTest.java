package org.carebridge.advisory.digest;

import org.carebridge.advisory.vocabulary.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text cell of the statistics CSV that a spreadsheet would run as a formula is written as text. */
class DigestCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"})
    void aCellStartingAFormulaGetsAQuote(String value) {
        String cell = DigestCsv.field(value);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertEquals("'" + value, unquoted);
    }

    @Test
    void ordinaryCellsStayAsTheyAre() {
        assertEquals("north", DigestCsv.field("north"));
        assertEquals("16-17", DigestCsv.field("16-17"));
        assertEquals("\"a,b\"", DigestCsv.field("a,b"));
        assertEquals("", DigestCsv.field(""));
    }

    @Test
    void theRegionAndCategoriesOfTheExportAreNeutralised() {
        DigestView view = new DigestView("=cmd|' /C calc'!A0", "2026-Q4", YearMonth.of(2026, 10),
                YearMonth.of(2026, 12), 5, 12L, false,
                List.of(new DigestView.Breakdown("AGE_BAND", 12L, false,
                        List.of(new DigestView.Cell("@risk", 12L, false)))),
                List.of(new DigestView.Resolution(Tier.values()[0], null, null, true)));
        List<String> lines = List.of(DigestCsv.of(view).split("\r\n"));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("'=cmd|' /C calc'!A0,2026-Q4,")), lines.toString());
        assertTrue(lines.contains("'=cmd|' /C calc'!A0,2026-Q4,AGE_BAND,'@risk,12,,false"), lines.toString());
    }
}
