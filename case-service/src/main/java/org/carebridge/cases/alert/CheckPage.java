package org.carebridge.cases.alert;

import java.util.List;
import java.util.UUID;

/** What one page of a check found; paging goes on after {@code lastId} (the rows' first column) while full. */
public record CheckPage(List<AlertCandidate> found, UUID lastId, boolean full) {

    /** @param rows the page's rows as {@link CheckQueries#page} returned them, before any filtering in Java */
    public static CheckPage of(List<Object[]> rows, List<AlertCandidate> found) {
        UUID last = rows.isEmpty() ? null : (UUID) rows.get(rows.size() - 1)[0];
        return new CheckPage(found, last, rows.size() == CheckQueries.PAGE);
    }
}
