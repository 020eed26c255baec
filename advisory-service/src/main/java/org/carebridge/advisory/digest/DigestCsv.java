package org.carebridge.advisory.digest;

/** The statistics as CSV (RFC 4180): one row per published number; a suppressed number is an empty field. */
final class DigestCsv {

    private DigestCsv() {
    }

    static String of(DigestView view) {
        StringBuilder csv = new StringBuilder("region,quarter,dimension,category,cases,median_days,suppressed\r\n");
        String prefix = field(view.region()) + "," + view.quarter() + ",";
        row(csv, prefix, "CASES", "ALL", view.cases(), null, view.casesSuppressed());
        for (DigestView.Breakdown b : view.breakdowns()) {
            if (b.total() != null || b.totalSuppressed()) {
                row(csv, prefix, b.dimension(), "TOTAL", b.total(), null, b.totalSuppressed());
            }
            for (DigestView.Cell c : b.cells()) {
                row(csv, prefix, b.dimension(), c.category(), c.cases(), null, c.suppressed());
            }
        }
        for (DigestView.Resolution r : view.resolution()) {
            row(csv, prefix, "RESOLVED_BY", r.tier().name(), r.cases(), r.medianDays(), r.suppressed());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String prefix, String dimension, String category, Long cases,
                            Double median, boolean suppressed) {
        csv.append(prefix).append(dimension).append(',').append(field(category)).append(',')
                .append(cases == null ? "" : cases).append(',')
                .append(median == null ? "" : median).append(',')
                .append(suppressed).append("\r\n");
    }

    /**
     * Quotes a value that could break the row (the region is free text of Keycloak; categories are ours), and
     * neutralises one a spreadsheet would run as a formula (OWASP "CSV injection"): a leading ' makes it text.
     */
    static String field(String value) {
        String text = startsAFormula(value) ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static boolean startsAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
