package org.carebridge.network.catalogue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.carebridge.network.vocabulary.Domain;
import org.carebridge.platform.problem.Problem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's CSV: one offer per row, a header naming the columns, languages separated by ';'. Reading is
 * lenient about nothing: every cell that is not what its column needs is reported with its row and column.
 */
final class OfferCsv {

    static final List<String> COLUMNS = List.of("organisation", "title", "domain", "region", "minAge", "maxAge",
            "languages", "capacity", "contact");
    // quote only what must be quoted (a comma, a quote, a line break), so the export reads like the import
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private OfferCsv() {
    }

    /** A row read from the file: its number (1 = first row after the header) and its form, or its errors. */
    record Row(int number, CatalogueForms.OfferForm form, List<Problem.FieldError> errors) {
    }

    static List<Row> read(String text) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        ObjectReader reader = CSV.readerFor(Map.class).with(schema);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = reader.readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(row(rows.size() + 1, it.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            rows.add(new Row(rows.size() + 1, null, List.of(new Problem.FieldError("row " + (rows.size() + 1),
                    "not readable as CSV"))));
        }
        return rows;
    }

    private static Row row(int number, Map<String, String> cells) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String column : cells.keySet()) {
            if (!COLUMNS.contains(column)) {
                errors.add(error(number, column, "unknown column"));
            }
        }
        Domain domain = null;
        String domainCell = cells.get("domain");
        try {
            domain = domainCell == null || domainCell.isBlank() ? null : Domain.valueOf(domainCell.trim());
        } catch (IllegalArgumentException e) {
            errors.add(error(number, "domain", "must be one of " + Arrays.toString(Domain.values())));
        }
        Integer minAge = integer(number, cells, "minAge", errors);
        Integer maxAge = integer(number, cells, "maxAge", errors);
        Integer capacity = integer(number, cells, "capacity", errors);
        String languages = cells.getOrDefault("languages", "");
        List<String> languageList = languages.isBlank() ? List.of()
                : Arrays.stream(languages.split(";")).map(String::trim).toList();
        CatalogueForms.OfferForm form = new CatalogueForms.OfferForm(text(cells, "organisation"), text(cells, "title"),
                domain, text(cells, "region"), minAge, maxAge, languageList, capacity, text(cells, "contact"));
        return new Row(number, form, errors);
    }

    static Problem.FieldError error(int row, String column, String message) {
        return new Problem.FieldError("row " + row + ": " + column, message);
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(int row, Map<String, String> cells, String column, List<Problem.FieldError> errors) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(error(row, column, "must be a whole number"));
            return null;
        }
    }

    /**
     * A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return: OWASP's CSV
     * injection list) gets a leading ' so that it shows as text. The import does not strip it: what was exported
     * from such a cell comes back with the quote, visibly, rather than as a formula.
     */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String write(List<CatalogueForms.OfferView> offers) {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (var writer = CSV.writer(schema.build().withHeader()).writeValues(out)) {
            for (CatalogueForms.OfferView o : offers) {
                writer.write(List.of(o.organisation(), o.title(), o.domain().name(), o.region(),
                        String.valueOf(o.minAge()), String.valueOf(o.maxAge()), String.join(";", o.languages()),
                        String.valueOf(o.capacity()), o.contact()).stream().map(OfferCsv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
