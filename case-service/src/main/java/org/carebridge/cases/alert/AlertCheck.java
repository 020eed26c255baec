package org.carebridge.cases.alert;

import org.carebridge.cases.casefile.CareCase;

import java.util.UUID;

/**
 * One kind of automatic alert, a CDI bean the scan finds by itself: what it looks for (a set-based paged query),
 * what it re-checks inside the raising transaction, and what it says. A new kind is a new implementation; the
 * scan, the raiser, the table and the event stay as they are.
 */
public interface AlertCheck {

    /** The kind on the wire and in case_alert: upper case, digits and '_', at most {@value AlertScan#KIND_MAX} chars. */
    String kind();

    /**
     * The candidates after {@code after} in the order of the query's first column (an id), whose causes were not
     * raised yet; use {@link CheckQueries#page} so that paging and the page size are the scan's.
     */
    CheckPage find(UUID after);

    /**
     * Asked in the raising transaction with the case locked (and known not to be closed): whether what the query
     * found still holds, so that an alert is not raised for something fixed between the check and now.
     */
    default boolean stillDue(CareCase c, AlertCandidate candidate) {
        return true;
    }

    /** The lead the event names; an alert about the lead itself overrides this. */
    default String lead(CareCase c) {
        return c.leadUsername;
    }
}
